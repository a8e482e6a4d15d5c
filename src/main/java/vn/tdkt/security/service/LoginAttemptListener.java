package vn.tdkt.security.service;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.security.domain.AppUserRepository;

/** Locks an account for a while after repeated wrong passwords (brute-force protection). */
@Component
class LoginAttemptListener {

    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttemptListener(AppUserRepository users, AuditService audit, Clock clock,
            @Value("${tdkt.security.max-failed-logins:5}") int maxAttempts,
            @Value("${tdkt.security.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    @Access.Unsecured("Spring Security publishes it for a login that failed, so nobody is authenticated")
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(java.util.Locale.ROOT);
        users.findByUsername(name).ifPresent(user -> {
            if (user.registerFailedLogin(maxAttempts, clock.instant().plus(lockDuration))) {
                audit.recordAs(user.getUsername(), UserService.ENTITY, user.getId(), "LOCKED",
                        maxAttempts + " failed logins");
            }
        });
    }

    @EventListener
    @Transactional
    @Access.Unsecured("Spring Security publishes it during the login itself")
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.getFailedAttempts() > 0 || user.getLockedUntil() != null) {
                user.clearFailedLogins();
            }
        });
    }
}
