package vn.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.text.Normalizer;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.Role;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.security.service.LoginThrottledException;
import vn.tdkt.security.service.TdktUser;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("quantri")
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    UnitService units;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuthenticationProvider loginGuard;
    @Autowired
    AuthenticationEventPublisher events;
    @Autowired
    AuditService audit;
    @Autowired
    vn.tdkt.support.RunAs runAs;

    /** The same provider (throttle, password check, account checks) and events as the login form. */
    private Authentication login(String username, String password) {
        ProviderManager manager = new ProviderManager(loginGuard);
        manager.setAuthenticationEventPublisher(events);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        // A fresh address each time: these tests are about accounts, not about the address's count.
        token.setDetails(new WebAuthenticationDetails(Unique.code("ip"), null));
        return manager.authenticate(token);
    }

    private static java.util.List<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(a -> a.getAuthority()).filter(a -> a.startsWith("ROLE_"))
                .toList();
    }

    private static final String PASSWORD = "Mùa thu Hà Nội lá vàng rơi";

    private UserRecord newUser(EnumSet<Role> roles, Long unitId) {
        return users.create(new UserForm(null, 0, Unique.code("u").toLowerCase(), "Người Dùng Thử", roles, unitId,
                PASSWORD));
    }

    @Test
    void demo_accounts_log_in_with_the_documented_password_and_roles() {
        Authentication secretary = login("thuongtruc", "Demo@2026");
        assertThat(roles(secretary)).containsExactlyInAnyOrder("ROLE_SECRETARY", "ROLE_COUNCIL_MEMBER");
        TdktUser officer = (TdktUser) login("canbo.tonghop", "Demo@2026").getPrincipal();
        assertThat(units.get(officer.getUnitId()).fullName()).isEqualTo("Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị");
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes() {
        UserRecord user = newUser(EnumSet.of(Role.VIEWER), null);
        String stored = ((TdktUser) userDetails.loadUserByUsername(user.username())).getPassword();
        assertThat(stored).startsWith("{argon2id}$argon2id$").doesNotContain("Hà Nội");
    }

    @Test
    void five_wrong_passwords_hold_the_account_back_even_for_the_right_password() {
        UserRecord user = newUser(EnumSet.of(Role.VIEWER), null);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(user.username(), "wrong-password")).isInstanceOf(
                    BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(user.username(), PASSWORD)).isInstanceOf(LoginThrottledException.class);
        assertThat(audit.trail("AppUser", user.id())).extracting(AuditService.AuditRecord::action)
                .contains("LOCKED");

        // An administrator's password reset unlocks it.
        UserRecord current = users.page(user.username(), 0, 1).getFirst();
        assertThat(current.locked()).isTrue();
        users.resetPassword(user.id(), current.version(), "Đêm trăng rằm bên bờ sông");
        assertThat(login(user.username(), "Đêm trăng rằm bên bờ sông").isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_log_in() {
        UserRecord user = newUser(EnumSet.of(Role.VIEWER), null);
        users.setEnabled(user.id(), user.version(), false);

        assertThatThrownBy(() -> login(user.username(), PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_short_common_or_self_naming_password_is_refused_wherever_a_password_is_set() {
        String username = Unique.code("w").toLowerCase();
        assertRefused("error.password.tooShort", "password", () -> users.create(new UserForm(null, 0, username,
                "Yếu", EnumSet.of(Role.VIEWER), null, "Thu@2026x")));
        assertRefused("error.password.common", "password", () -> users.create(new UserForm(null, 0, username,
                "Yếu", EnumSet.of(Role.VIEWER), null, "Matkhau@123456")));
        assertRefused("error.password.containsUsername", "password", () -> users.create(new UserForm(null, 0,
                username, "Yếu", EnumSet.of(Role.VIEWER), null, "mật khẩu của " + username.toUpperCase())));
        assertThat(users.page(username, 0, 5)).isEmpty();

        UserRecord user = newUser(EnumSet.of(Role.VIEWER), null);
        assertRefused("error.password.common", "password",
                () -> users.resetPassword(user.id(), user.version(), "123456789012"));
        assertRefused("error.password.containsName", "password",
                () -> users.resetPassword(user.id(), user.version(), "người dùng thử 2026"));
        runAs.as(user.username(), () -> assertRefused("error.password.common", "password",
                () -> users.changeOwnPassword(PASSWORD, "anhyeuem123456")));
        assertThat(login(user.username(), PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_unit_officer_must_be_bound_to_a_unit() {
        assertRefused("error.user.officerNeedsUnit", "unit", () -> newUser(EnumSet.of(Role.UNIT_OFFICER), null));
    }

    @Test
    void a_user_can_hold_several_roles() {
        Long unit = units.options("phong tong hop", 0, 1).getFirst().id();
        UserRecord user = newUser(EnumSet.of(Role.UNIT_OFFICER, Role.COUNCIL_MEMBER), unit);

        assertThat(roles(login(user.username(), PASSWORD))).containsExactlyInAnyOrder("ROLE_UNIT_OFFICER", "ROLE_COUNCIL_MEMBER");
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        UserRecord me = users.page("quantri", 0, 1).getFirst();
        assertRefused("error.user.disableSelf", () -> users.setEnabled(me.id(), me.version(), false));
        assertThat(users.page("quantri", 0, 1).getFirst().enabled()).isTrue();
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() {
        UserRecord user = newUser(EnumSet.of(Role.VIEWER), null);
        runAs.as(user.username(), () -> {
            assertRefused("error.user.wrongPassword", "currentPassword",
                    () -> users.changeOwnPassword("sai", "Nắng sớm trên đồi cát Cửa Việt"));
            assertRefused("error.password.tooShort", "password", () -> users.changeOwnPassword(PASSWORD, "yeu"));
            // The same passphrase typed with combining marks (NFD) is the same password.
            assertRefused("error.user.samePassword", "password", () -> users.changeOwnPassword(PASSWORD,
                    Normalizer.normalize(PASSWORD, Normalizer.Form.NFD)));
            users.changeOwnPassword(PASSWORD, "Nắng sớm trên đồi cát Cửa Việt");
        });

        assertThat(login(user.username(), "Nắng sớm trên đồi cát Cửa Việt").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login(user.username(), PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(audit.trail("AppUser", user.id())).extracting(AuditService.AuditRecord::action)
                .contains("PASSWORD_CHANGE");
    }

    @Test
    @WithUserDetails("thuongtruc")
    void only_an_administrator_manages_accounts() {
        assertDenied(() -> users.page("", 0, 10));
        String username = Unique.code("admin").toLowerCase();
        assertDenied(() -> users.create(new UserForm(null, 0, username, "Quản Trị Lậu", EnumSet.of(Role.ADMIN), null,
                PASSWORD)));
        assertThat(runAs.as("quantri", () -> users.page(username, 0, 5))).isEmpty();
    }
}
