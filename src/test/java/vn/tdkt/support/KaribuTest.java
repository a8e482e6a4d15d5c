package vn.tdkt.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests: the real views and services in a faked servlet environment.
 * {@link #login} does what Spring Security's filter does for a real request: it puts the
 * user in the security context and on the request, so {@code @RolesAllowed} checks run.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.tdkt");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetails;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    protected void login(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
