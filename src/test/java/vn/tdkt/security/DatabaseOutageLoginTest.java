package vn.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.tdkt.security.service.LoginUnavailableException;
import vn.tdkt.support.DatabaseOutage;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.SecuredMvc;
import vn.tdkt.support.Unique;

/**
 * The login form posted while the database restarts (through the application's own filter
 * chain): the user learns that the system is unavailable, not that the password is wrong, and
 * nothing is counted against the name or the address, so logging in works as soon as it is back.
 */
@IntegrationTest
class DatabaseOutageLoginTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DatabaseOutage outage;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMvc.of(context);
    }

    @AfterEach
    void databaseIsBack() {
        outage.end();
    }

    private ResultActions login(MockHttpSession session, String address, String username, String password)
            throws Exception {
        return mvc.perform(post("/login").session(session).param("username", username).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private int throttleRows(String username, String address) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE username = ? OR address = ?",
                Integer.class, username, address);
    }

    @Test
    void logins_during_an_outage_say_the_system_is_unavailable_count_nothing_and_the_login_works_once_it_is_back()
            throws Exception {
        String address = Unique.code("ip");
        String unknown = Unique.code("khongco").toLowerCase();
        MockHttpSession session = new MockHttpSession();

        outage.begin();
        for (int i = 0; i < 25; i++) {
            login(session, address, i % 2 == 0 ? unknown : "xem", "sai mật khẩu " + i)
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        login(session, address, "xem", "Demo@2026").andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .as("the login page then reads 'temporarily unavailable', not 'wrong password'")
                .isInstanceOf(LoginUnavailableException.class);
        outage.end();

        assertThat(throttleRows(unknown, address)).as("no failed login counted").isZero();
        login(session, address, "xem", "Demo@2026").andExpect(authenticated().withUsername("xem"));
    }
}
