package vn.tdkt.security.service;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.security.domain.AppUser;
import vn.tdkt.security.domain.AppUserRepository;

/**
 * Counts failed logins for the throttle and writes every login, failed login, refused
 * attempt, lock and logout to the audit trail (OWASP ASVS 5.0 V16.3.1). The audit service adds
 * the request's source address; the attempted name is recorded as typed (cleaned), since a
 * failure for an unknown name is also worth seeing.
 */
@Component
class LoginAttemptListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private final AppUserRepository users;
    private final AuditService audit;
    private final LoginThrottling throttling;

    LoginAttemptListener(AppUserRepository users, AuditService audit, LoginThrottling throttling) {
        this.users = users;
        this.audit = audit;
        this.throttling = throttling;
    }

    void failed(String typedName, String address, AuthenticationException failure) {
        String name = LoginThrottling.name(typedName);
        Optional<AppUser> user = users.findByUsername(name);
        Long id = user.map(AppUser::getId).orElse(null);
        String who = name.isEmpty() ? "?" : name;
        if (!(failure instanceof BadCredentialsException)) {
            // The password was right: the account's state refused it (disabled). Not a guess.
            audit.recordAs(who, UserService.ENTITY, id, "LOGIN_DISABLED", null);
            return;
        }
        boolean administrator = user.map(u -> u.getRoles().contains(Role.ADMIN)).orElse(false);
        audit.recordAs(who, UserService.ENTITY, id, user.isPresent() ? "LOGIN_FAILED" : "LOGIN_UNKNOWN", null);
        LoginThrottling.Outcome outcome = throttling.registerFailure(name, address, administrator);
        outcome.accountBlockedUntil().ifPresent(until -> audit.recordAs(who, UserService.ENTITY, id, "LOCKED",
                "→ " + format(until)));
        outcome.addressBlockedUntil().ifPresent(until -> audit.recordAs(who, UserService.ENTITY, null,
                "ADDRESS_LOCKED", "→ " + format(until)));
    }

    void refused(String typedName, LoginThrottledException refusal) {
        String name = LoginThrottling.name(typedName);
        audit.recordAs(name.isEmpty() ? "?" : name, UserService.ENTITY,
                users.findByUsername(name).map(AppUser::getId).orElse(null), "LOGIN_THROTTLED",
                "→ " + format(refusal.getUntil()));
    }

    void succeeded(Authentication authentication) {
        throttling.clearAccount(authentication.getName());
        audit.recordAs(authentication.getName(), UserService.ENTITY, userId(authentication), "LOGIN", null);
    }

    @EventListener
    @Access.Unsecured("Spring Security publishes it while the user logs out")
    public void onLogout(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        audit.recordAs(who == null ? PersistenceConfig.currentUsername() : who.getName(), UserService.ENTITY,
                who == null ? null : userId(who), "LOGOUT", null);
    }

    private static Long userId(Authentication authentication) {
        return authentication.getPrincipal() instanceof TdktUser user ? user.getUserId() : null;
    }

    private static String format(Instant instant) {
        return TIME.format(instant.atZone(PersistenceConfig.ZONE));
    }
}
