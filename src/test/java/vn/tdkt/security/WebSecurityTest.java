package vn.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.tdkt.security.service.TdktSessionRegistry;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.SecuredMvc;

/**
 * The security filter chain as a browser meets it (MockMvc over the application's own filters):
 * CSRF on the login form, the security headers, and sessions refused once ended or too old.
 * What needs the real server (cookie attributes, the Host header, Vaadin pages) is in
 * e2e.SecurityHeadersIT.
 */
@IntegrationTest
class WebSecurityTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TdktSessionRegistry registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMvc.of(context);
    }

    /** A session logged in as {@code username}, registered the way a login registers it. */
    private MockHttpSession loggedIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        registry.registerNewSession(session.getId(), user);
        return session;
    }

    @Test
    void a_login_posted_from_another_site_without_the_forms_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "xem").param("password", "Demo@2026")
                .header("Origin", "https://evil.example").header("Referer", "https://evil.example/trap"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(unauthenticated());

        MockHttpSession before = new MockHttpSession();
        String anonymousId = before.getId();
        var loggedIn = mvc.perform(post("/login").session(before).param("username", "xem")
                .param("password", "Demo@2026").with(csrf()))
                .andExpect(authenticated().withUsername("xem")).andReturn();
        // A new session id at login (no session fixation, ASVS 7.2.4).
        assertThat(loggedIn.getRequest().getSession().getId()).isNotEqualTo(anonymousId);
    }

    @Test
    void pages_carry_the_content_security_policy_and_the_other_security_headers() throws Exception {
        for (String path : new String[] {"/login", "/"}) {
            mvc.perform(get(path).session(loggedIn("xem")))
                    .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("frame-ancestors 'self'"),
                            org.hamcrest.Matchers.containsString("object-src 'none'"),
                            org.hamcrest.Matchers.containsString("script-src 'self' 'unsafe-inline' 'unsafe-eval'"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                    .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        }
    }

    @Test
    void a_session_ended_elsewhere_is_refused_at_its_next_request_page_or_vaadin_request() throws Exception {
        MockHttpSession page = loggedIn("chutich");
        MockHttpSession tab = loggedIn("chutich");
        mvc.perform(get("/").session(page)).andExpect(authenticated().withUsername("chutich"));

        registry.getSessionInformation(page.getId()).expireNow();
        registry.getSessionInformation(tab.getId()).expireNow();

        mvc.perform(get("/").session(page))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login"));
        assertThat(page.isInvalid()).isTrue();
        // A Vaadin UIDL request goes on without a session: Vaadin answers "session expired" and the tab reloads.
        mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0").session(tab)
                .contentType("application/json").content("{}"))
                .andExpect(unauthenticated());
        assertThat(tab.isInvalid()).isTrue();
    }

    @Test
    void a_session_ends_ten_hours_after_login_however_active_it_is() throws Exception {
        MockHttpSession session = loggedIn("uyvien2");
        session.setAttribute("tdkt.session.started", clock.instant().minus(Duration.ofHours(9).plusMinutes(59)));
        mvc.perform(get("/").session(session)).andExpect(authenticated().withUsername("uyvien2"));

        session.setAttribute("tdkt.session.started", clock.instant().minus(Duration.ofHours(10).plusMinutes(1)));
        mvc.perform(get("/").session(session))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_new_login_is_stamped_so_its_lifetime_counts_from_its_first_request() throws Exception {
        MockHttpSession session = loggedIn("uyvien3");
        mvc.perform(get("/").session(session));
        assertThat(session.getAttribute("tdkt.session.started")).isEqualTo(clock.instant());
    }

    @Test
    void a_session_that_vaadin_closed_for_idleness_is_logged_out_at_its_next_request() throws Exception {
        MockHttpSession session = loggedIn("uyvien1");
        // What Vaadin's session-destroy listener leaves after closing the idle UIs (IdleSessions).
        session.setAttribute("tdkt.session.vaadinClosed", Boolean.TRUE);

        mvc.perform(post("/").param("v-r", "heartbeat").param("v-uiId", "0").session(session))
                .andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }
}
