package vn.tdkt.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * Failed logins counted against one key: an account name (whether or not such an account
 * exists, so that the answer never tells), a source address, or an administrator's account
 * from one address. Kept in the database so that every application node sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends AbstractEntity {

    public enum ThrottleKind {
        /** Every address together, for an account that is not an administrator's. */
        ACCOUNT,
        /** Every account name tried from one address. */
        ADDRESS,
        /** An administrator's account from one address: nobody elsewhere can lock an administrator out. */
        ACCOUNT_AT_ADDRESS
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ThrottleKind kind;

    /** The account name as typed (normalised), or empty for an address. */
    @Column(nullable = false, length = 100)
    private String username;

    /** The source address, or empty for an account. */
    @Column(nullable = false, length = 64)
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(ThrottleKind kind, String username, String address, Instant now) {
        this.kind = kind;
        this.username = username;
        this.address = address;
        this.lastFailureAt = now;
    }

    public ThrottleKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /**
     * The failures still counted at {@code now}: one is forgiven per decay period without a
     * failure, counted from the end of the wait (else waiting out a long delay would shorten the next).
     */
    public int failuresAt(Instant now, ThrottleRule rule) {
        Instant since = blockedUntil != null && blockedUntil.isAfter(lastFailureAt) ? blockedUntil : lastFailureAt;
        long quiet = Duration.between(since, now).toMillis();
        long forgiven = quiet <= 0 ? 0 : quiet / Math.max(1, rule.decay().toMillis());
        return (int) Math.max(0, failures - forgiven);
    }

    /**
     * Counts one more failure at {@code now}; returns true when it blocks the next attempts,
     * i.e. the key is now locked until {@link #getBlockedUntil()}.
     */
    public boolean registerFailure(Instant now, ThrottleRule rule) {
        failures = failuresAt(now, rule) + 1;
        lastFailureAt = now;
        Duration delay = rule.delayAfter(failures);
        if (delay.isZero()) {
            return false;
        }
        blockedUntil = now.plus(delay);
        return true;
    }
}
