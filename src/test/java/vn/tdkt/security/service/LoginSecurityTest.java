package vn.tdkt.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.domain.Role;
import vn.tdkt.security.domain.AppUser;
import vn.tdkt.security.domain.AppUserRepository;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.Requests;
import vn.tdkt.support.Unique;

/**
 * The login as the form posts it (through the one authentication provider, with the source
 * address the filter records): throttling per account and per address that cannot lock an
 * administrator out, messages that tell nothing about the account, Argon2id, and the audit
 * trail of logins. The application clock stands still in tests, so a wait never runs out here
 * ({@link LoginThrottlingTest} moves the clock).
 */
@IntegrationTest
@WithUserDetails("quantri")
class LoginSecurityTest {

    private static final String PASSWORD = "Hoa phượng đỏ rực sân trường";

    @Autowired
    AuthenticationProvider loginGuard;
    @Autowired
    AuthenticationEventPublisher events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    UserService users;
    @Autowired
    AppUserRepository accounts;
    @Autowired
    AuditService audit;

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /**
     * A fresh address, so that tests (and earlier runs on a kept database, at the same stopped
     * time) never share an address's count.
     */
    private static String address() {
        return Unique.code("ip");
    }

    /** What the login form's POST does: the filter records the address, the provider decides. */
    private Authentication login(String username, String password, String from) {
        return Requests.from("POST", "/login", from, () -> {
            ProviderManager manager = new ProviderManager(loginGuard);
            manager.setAuthenticationEventPublisher(events);
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                    password);
            token.setDetails(new WebAuthenticationDetails(from, null));
            return manager.authenticate(token);
        });
    }

    private Throwable failure(String username, String password, String from) {
        return catchThrowable(() -> login(username, password, from));
    }

    private UserRecord newUser(Role role) {
        return users.create(new UserForm(null, 0, Unique.code("dn").toLowerCase(), "Người Dùng Thử",
                EnumSet.of(role), null, PASSWORD));
    }

    private List<AuditRecord> auditOf(String username) {
        return audit.search(username, PageRequest.of(0, 100, Sort.by(Sort.Order.desc("id")))).getContent().stream()
                .filter(r -> r.username().equals(username)).toList();
    }

    @Test
    void five_wrong_passwords_from_anywhere_hold_an_account_back_and_then_even_the_right_one_waits() {
        UserRecord user = newUser(Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            assertThat(failure(user.username(), "sai mật khẩu rồi " + i, address()))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(failure(user.username(), PASSWORD, address())).isInstanceOf(LoginThrottledException.class);
        assertThat(users.page(user.username(), 0, 1).getFirst().locked()).isTrue();
        assertThat(auditOf(user.username())).extracting(AuditRecord::action).contains("LOCKED", "LOGIN_THROTTLED");
    }

    @Test
    void another_administrator_unlocks_a_held_back_account_and_its_owner_logs_in() {
        UserRecord user = newUser(Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            failure(user.username(), "không phải mật khẩu " + i, address());
        }
        UserRecord locked = users.page(user.username(), 0, 1).getFirst();
        assertThat(locked.locked()).isTrue();

        users.unlock(locked.id(), locked.version());

        assertThat(login(user.username(), PASSWORD, address()).isAuthenticated()).isTrue();
        assertThat(audit.trail("AppUser", user.id())).extracting(AuditRecord::action).contains("UNLOCK", "LOGIN");
    }

    @Test
    void nobody_elsewhere_can_lock_an_administrator_out() {
        UserRecord admin = newUser(Role.ADMIN);
        String attacker = address();
        String elsewhere = address();
        for (int i = 0; i < 10; i++) {
            failure(admin.username(), "đoán mò lần thứ " + i, i % 2 == 0 ? attacker : elsewhere);
        }
        // Both addresses that guessed wait now, even with the right password …
        assertThat(failure(admin.username(), PASSWORD, attacker)).isInstanceOf(LoginThrottledException.class);
        assertThat(failure(admin.username(), PASSWORD, elsewhere)).isInstanceOf(LoginThrottledException.class);
        // … while the administrator at their own desk logs straight in.
        assertThat(login(admin.username(), PASSWORD, address()).isAuthenticated()).isTrue();
        assertThat(users.page(admin.username(), 0, 1).getFirst().locked()).isFalse();
    }

    @Test
    void an_address_that_tries_many_names_waits_whatever_name_it_tries_next() {
        String attacker = address();
        for (int i = 0; i < 20; i++) {
            failure(Unique.code("khong.co").toLowerCase(), "mật khẩu đoán bừa", attacker);
        }
        UserRecord user = newUser(Role.VIEWER);

        assertThat(failure(user.username(), PASSWORD, attacker)).isInstanceOf(LoginThrottledException.class);
        assertThat(login(user.username(), PASSWORD, address()).isAuthenticated()).isTrue();
    }

    @Test
    void a_wrong_password_reads_the_same_for_an_unknown_a_disabled_and_an_ordinary_account() {
        UserRecord ordinary = newUser(Role.VIEWER);
        UserRecord disabled = newUser(Role.VIEWER);
        users.setEnabled(disabled.id(), disabled.version(), false);
        String unknown = Unique.code("khong.ton.tai").toLowerCase();

        Throwable wrong = failure(ordinary.username(), "mật khẩu sai bét", address());
        Throwable nobody = failure(unknown, "mật khẩu sai bét", address());
        Throwable wrongDisabled = failure(disabled.username(), "mật khẩu sai bét", address());
        for (Throwable t : List.of(nobody, wrongDisabled)) {
            assertThat(t).isExactlyInstanceOf(BadCredentialsException.class).hasMessage(wrong.getMessage());
        }
        assertThat(wrong).isExactlyInstanceOf(BadCredentialsException.class);

        // Only the right password learns that the account is disabled.
        assertThat(failure(disabled.username(), PASSWORD, address())).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_held_back_name_reads_the_same_whether_or_not_the_account_exists() {
        UserRecord existing = newUser(Role.VIEWER);
        String unknown = Unique.code("ma").toLowerCase();
        for (int i = 0; i < 5; i++) {
            failure(existing.username(), "sai " + i + " lần rồi đó", address());
            failure(unknown, "sai " + i + " lần rồi đó", address());
        }

        Throwable a = failure(existing.username(), "thêm một lần nữa thôi", address());
        Throwable b = failure(unknown, "thêm một lần nữa thôi", address());
        assertThat(a).isExactlyInstanceOf(LoginThrottledException.class);
        assertThat(b).isExactlyInstanceOf(LoginThrottledException.class).hasMessage(a.getMessage());
    }

    @Test
    void logins_failures_and_logouts_are_audited_with_the_source_address() {
        UserRecord user = newUser(Role.VIEWER);
        String from = address();
        failure(user.username(), "gõ nhầm mật khẩu", from);
        Authentication session = login(user.username(), PASSWORD, from);
        Requests.from("POST", "/logout", from, () -> {
            publisher.publishEvent(new LogoutSuccessEvent(session));
            return null;
        });
        String unknown = Unique.code("la").toLowerCase();
        failure(unknown, "ai đó thử tên lạ", from);

        assertThat(auditOf(user.username())).filteredOn(r -> r.entityId() != null && r.entityId().equals(user.id()))
                .extracting(AuditRecord::action, AuditRecord::sourceAddress)
                .containsSubsequence(List.of(
                        tuple("LOGOUT", from),
                        tuple("LOGIN", from),
                        tuple("LOGIN_FAILED", from)));
        assertThat(auditOf(unknown)).extracting(AuditRecord::action, AuditRecord::sourceAddress)
                .containsExactly(tuple("LOGIN_UNKNOWN", from));
    }

    @Test
    void a_75_byte_vietnamese_passphrase_is_set_and_logs_in_also_typed_with_combining_marks() {
        String passphrase = PasswordPolicyTest.PASSPHRASE;
        UserRecord user = users.create(new UserForm(null, 0, Unique.code("cau").toLowerCase(), "Người Dùng Thử",
                EnumSet.of(Role.VIEWER), null, passphrase));

        assertThat(accounts.findByUsername(user.username()).orElseThrow().getPasswordHash()).startsWith("{argon2id}");
        assertThat(login(user.username(), passphrase, address()).isAuthenticated()).isTrue();
        String typedOnAnotherKeyboard = Normalizer.normalize(passphrase, Normalizer.Form.NFD);
        assertThat(login(user.username(), typedOnAnotherKeyboard, address()).isAuthenticated()).isTrue();
        assertThat(failure(user.username(), passphrase.substring(0, 50), address()))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_old_bcrypt_password_still_logs_in_and_is_stored_again_as_argon2id() {
        UserRecord user = newUser(Role.VIEWER);
        AppUser account = accounts.findByUsername(user.username()).orElseThrow();
        account.setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder()
                .encode("Cu@2025x"));
        accounts.saveAndFlush(account);

        assertThat(login(user.username(), "Cu@2025x", address()).isAuthenticated()).isTrue();

        assertThat(accounts.findByUsername(user.username()).orElseThrow().getPasswordHash()).startsWith("{argon2id}");
        assertThat(login(user.username(), "Cu@2025x", address()).isAuthenticated()).isTrue();
        assertThat(audit.trail("AppUser", user.id())).extracting(AuditRecord::action).contains("PASSWORD_REHASH");
    }
}
