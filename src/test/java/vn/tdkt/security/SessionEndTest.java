package vn.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.domain.Role;
import vn.tdkt.security.service.SessionService;
import vn.tdkt.security.service.SessionService.SessionRecord;
import vn.tdkt.security.service.TdktSessionRegistry;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.Requests;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

/**
 * Sessions end when the account changes (ASVS V7.4): the registry is the one Spring Security
 * fills at login; a session marked expired there is refused at its next request (see
 * WebSecurityTest and the browser journey SessionEndJourneyIT).
 */
@IntegrationTest
@WithUserDetails("quantri")
class SessionEndTest {

    static final String PASSWORD = "Phien-Dang-Nhap-2026!";

    @Autowired
    UserService users;
    @Autowired
    SessionService sessions;
    @Autowired
    TdktSessionRegistry registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private UserRecord newUser(Role... roles) {
        return users.create(new UserForm(null, 0, Unique.code("phien").toLowerCase(), "Người Dùng Phiên",
                EnumSet.of(roles[0], roles), null, PASSWORD));
    }

    /** What Spring Security does at a login from {@code address}: the session joins the registry. */
    private String login(String username, String address) {
        String id = Unique.code("session");
        Requests.from(address, () -> registry.registerNewSession(id, userDetails.loadUserByUsername(username)));
        return id;
    }

    private boolean ended(String sessionId) {
        return registry.getSessionInformation(sessionId).isExpired();
    }

    private List<AuditRecord> trail(Long userId) {
        return audit.trail("AppUser", userId);
    }

    @Test
    void disabling_an_account_ends_all_its_sessions_at_once_and_the_trail_says_so() {
        UserRecord user = newUser(Role.VIEWER);
        String office = login(user.username(), "10.0.0.5");
        String home = login(user.username(), "10.0.0.6");
        String someoneElse = login("xem", "10.0.0.7");

        users.setEnabled(user.id(), user.version(), false);

        assertThat(ended(office)).isTrue();
        assertThat(ended(home)).isTrue();
        assertThat(ended(someoneElse)).isFalse();
        assertThat(trail(user.id())).extracting(AuditRecord::action).startsWith("SESSIONS_END", "DISABLE");
        assertThat(trail(user.id()).getFirst().summary()).isEqualTo(user.username()
                + ": 2 phiên đăng nhập kết thúc (vô hiệu hóa tài khoản)");
    }

    @Test
    void a_password_reset_by_the_administrator_ends_the_accounts_sessions() {
        UserRecord user = newUser(Role.VIEWER);
        String open = login(user.username(), "10.0.0.8");

        users.resetPassword(user.id(), user.version(), "Mat-Khau-Dat-Lai-2026!");

        assertThat(ended(open)).isTrue();
    }

    @Test
    void taking_a_role_away_ends_the_sessions_but_renaming_the_person_does_not() {
        UserRecord user = newUser(Role.SECRETARY, Role.VIEWER);
        String open = login(user.username(), "10.0.0.9");

        UserRecord renamed = users.update(new UserForm(user.id(), user.version(), user.username(), "Tên Mới Hẳn",
                user.roles(), null, null));
        assertThat(ended(open)).isFalse();

        users.update(new UserForm(renamed.id(), renamed.version(), user.username(), "Tên Mới Hẳn",
                Set.of(Role.VIEWER), null, null));
        assertThat(ended(open)).isTrue();
    }

    @Test
    void changing_ones_own_password_ends_ones_other_sessions_and_keeps_the_current_one() {
        UserRecord user = newUser(Role.VIEWER);
        String phone = login(user.username(), "10.0.1.1");
        String current = login(user.username(), "10.0.1.2");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, current));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        runAs.as(user.username(), () -> users.changeOwnPassword(PASSWORD, "Mat-Khau-Moi-Cua-Toi-2026!"));

        assertThat(ended(phone)).isTrue();
        assertThat(ended(current)).isFalse();
    }

    @Test
    void the_administrator_sees_who_is_logged_in_from_where_and_ends_one_session_recorded_in_the_trail() {
        UserRecord user = newUser(Role.VIEWER);
        String open = login(user.username(), "192.168.5.20");

        SessionRecord listed = sessions.active().stream().filter(s -> s.username().equals(user.username()))
                .findFirst().orElseThrow();
        assertThat(listed.fullName()).isEqualTo("Người Dùng Phiên");
        assertThat(listed.sourceAddress()).isEqualTo("192.168.5.20");
        assertThat(listed.since()).isNotNull();
        assertThat(listed.key()).isNotEqualTo(open).doesNotContain(open);

        sessions.end(listed.key());

        assertThat(ended(open)).isTrue();
        assertThat(sessions.active()).extracting(SessionRecord::username).doesNotContain(user.username());
        AuditRecord record = audit.search(user.username(), PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC,
                "occurredAt", "id"))).getContent().getFirst();
        assertThat(record.action()).isEqualTo("SESSION_END");
        assertThat(record.entityType()).isEqualTo("UserSession");
        assertThat(record.username()).isEqualTo("quantri");
        assertThat(record.summary()).startsWith(user.username() + " — 192.168.5.20, đăng nhập lúc ");
        assertRefused("error.session.gone", () -> sessions.end(listed.key()));
    }

    @Test
    void the_administrator_cannot_end_the_session_in_use_and_no_one_else_sees_the_sessions() {
        String mine = login("quantri", "10.0.2.1");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, mine));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SessionRecord own = sessions.active().stream().filter(SessionRecord::current).findFirst().orElseThrow();

        assertRefused("error.session.own", () -> sessions.end(own.key()));
        assertThat(ended(mine)).isFalse();

        runAs.as("thuongtruc", () -> {
            assertDenied(() -> sessions.active());
            assertDenied(() -> sessions.end(own.key()));
        });
    }
}
