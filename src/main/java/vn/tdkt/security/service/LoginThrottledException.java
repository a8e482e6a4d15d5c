package vn.tdkt.security.service;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused before its password was looked at, because too many attempts failed for
 * the name or from the address; the same for an existing and an unknown name.
 */
public class LoginThrottledException extends LockedException {

    private final Instant until;

    public LoginThrottledException(Instant until) {
        super("Too many failed logins; next attempt after " + until);
        this.until = until;
    }

    public Instant getUntil() {
        return until;
    }
}
