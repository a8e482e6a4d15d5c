package vn.tdkt.security.service;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.DatabaseUnavailable;
import vn.tdkt.base.service.RequestAddress;

/**
 * The login check (OWASP ASVS 5.0 V6.3): a name or address waiting out a delay is refused
 * before any password is compared; otherwise the password is compared first, also for an
 * unknown name (against a dummy Argon2 hash, so the time taken does not tell), and only a
 * correct password learns that the account is disabled. Every outcome is counted and audited
 * by {@link LoginAttemptListener} — except a login the database was not there to decide, which
 * is refused as {@link LoginUnavailableException}.
 */
class LoginGuard extends DaoAuthenticationProvider {

    private final LoginThrottling throttling;
    private final LoginAttemptListener attempts;

    LoginGuard(TdktUserDetailsService users, PasswordEncoder encoder, LoginThrottling throttling,
            LoginAttemptListener attempts) {
        super(users);
        setPasswordEncoder(encoder);
        setUserDetailsPasswordService(users);
        // Account state (disabled, …) is told only after the right password, never before.
        setPreAuthenticationChecks(user -> {
        });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttling = throttling;
        this.attempts = attempts;
    }

    @Override
    @Access.Unsecured("it is the login itself: nobody is authenticated yet")
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return decide(authentication);
        } catch (RuntimeException failure) {
            if (DatabaseUnavailable.is(failure)) {
                // Nobody guessed anything: neither counted nor audited (the audit is the database).
                throw new LoginUnavailableException(failure);
            }
            throw failure;
        }
    }

    private Authentication decide(Authentication authentication) {
        String name = authentication.getName();
        String address = sourceAddress(authentication);
        Optional<Instant> blocked = throttling.blockedUntil(name, address);
        if (blocked.isPresent()) {
            LoginThrottledException refused = new LoginThrottledException(blocked.get());
            attempts.refused(name, refused);
            throw refused;
        }
        try {
            Authentication result = super.authenticate(authentication);
            attempts.succeeded(result);
            return result;
        } catch (AuthenticationException failure) {
            if (DatabaseUnavailable.is(failure)) {
                throw failure;
            }
            attempts.failed(name, address, failure);
            throw failure;
        }
    }

    /** The address the login form was posted from (as Spring Security's filter recorded it). */
    static String sourceAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        String address = RequestAddress.current();
        return address == null ? "" : address;
    }
}
