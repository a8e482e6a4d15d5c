package vn.tdkt.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tdkt.base.domain.UserIdentity;

/**
 * The landing page: who you are, then what each feature holds for you (work with deadlines,
 * your unit's record, see {@link HomeSection}); the general introduction when nothing does.
 */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication, List<HomeSection> sections) {
        addClassName("tdkt-view");
        UserDetails user = authentication.getAuthenticatedUser(UserDetails.class).orElseThrow();
        String name = user instanceof UserIdentity named ? named.getFullName() : user.getUsername();
        H2 welcome = new H2(getTranslation("home.welcome", name));
        welcome.setId("home-welcome");
        String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> getTranslation("role." + a.substring(5)))
                .collect(Collectors.joining(", "));
        add(welcome, new Paragraph(getTranslation("home.roles", roles)));
        List<Component> parts = sections.stream().sorted(Comparator.comparingInt(HomeSection::order))
                .map(HomeSection::create).flatMap(Optional::stream).toList();
        if (parts.isEmpty()) {
            add(new Paragraph(getTranslation("home.intro")), new Paragraph(getTranslation("home.start")));
        } else {
            parts.forEach(this::add);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
