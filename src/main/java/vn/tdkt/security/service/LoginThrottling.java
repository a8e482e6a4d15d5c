package vn.tdkt.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.security.domain.LoginThrottle;
import vn.tdkt.security.domain.LoginThrottle.ThrottleKind;
import vn.tdkt.security.domain.LoginThrottleRepository;
import vn.tdkt.security.domain.ThrottleRule;

/**
 * Growing delays after failed logins, counted per account name and per source address
 * (OWASP ASVS 5.0 V6.1.1, V6.3.1). An administrator's account is counted per address only, so
 * failures elsewhere never lock an administrator out; an unknown name is counted like an
 * account, so the delay never tells whether it exists. State lives in the database: every node
 * behind the load balancer sees the same counts, and a restart forgets nothing.
 * Each change runs in its own transaction, retried when two nodes count the same key at once.
 */
class LoginThrottling {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottling.class);
    /** A key quiet this long is forgotten (its count has decayed long before). */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int MAX_NAME = 100;
    private static final int MAX_ADDRESS = 64;

    /** What a failure did: the blocks it started (an empty instant when none). */
    record Outcome(Optional<Instant> accountBlockedUntil, Optional<Instant> addressBlockedUntil) {
    }

    private final LoginThrottleRepository throttles;
    private final Clock clock;
    private final ThrottleRule accountRule;
    private final ThrottleRule addressRule;
    private final TransactionTemplate ownTransaction;

    LoginThrottling(LoginThrottleRepository throttles, Clock clock, ThrottleRule accountRule,
            ThrottleRule addressRule, PlatformTransactionManager transactions) {
        this.throttles = throttles;
        this.clock = clock;
        this.accountRule = accountRule;
        this.addressRule = addressRule;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String name(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    static String address(String address) {
        String clean = address == null ? "" : address.strip();
        return clean.length() <= MAX_ADDRESS ? clean : clean.substring(0, MAX_ADDRESS);
    }

    /** Until when the next attempt for this name from this address is refused unseen, if it is. */
    Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        return ownTransaction.execute(status -> throttles.findFor(name(username), address(address)).stream()
                .filter(t -> t.isBlockedAt(now)).map(LoginThrottle::getBlockedUntil).max(Instant::compareTo));
    }

    /** Counts a wrong password (or unknown name) for the name, or for the administrator at this address, and for the address. */
    Outcome registerFailure(String username, String address, boolean administrator) {
        String name = name(username);
        String from = address(address);
        Optional<Instant> account = count(administrator ? ThrottleKind.ACCOUNT_AT_ADDRESS : ThrottleKind.ACCOUNT, name,
                administrator ? from : "", accountRule);
        Optional<Instant> source = from.isEmpty() ? Optional.empty() : count(ThrottleKind.ADDRESS, "", from, addressRule);
        return new Outcome(account, source);
    }

    /** After a successful login or an administrator's unlock: the account's counts start again. */
    void clearAccount(String username) {
        ownTransaction.executeWithoutResult(status -> throttles.deleteAccount(name(username)));
    }

    /** The accounts among these that are waiting out a delay now. */
    Set<String> blockedAccounts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return throttles.findBlockedAccounts(usernames, clock.instant()).stream().map(LoginThrottle::getUsername)
                .collect(Collectors.toSet());
    }

    private Optional<Instant> count(ThrottleKind kind, String name, String from, ThrottleRule rule) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> {
                    Instant now = clock.instant();
                    LoginThrottle throttle = throttles.findByKindAndUsernameAndAddress(kind, name, from)
                            .orElseGet(() -> new LoginThrottle(kind, name, from, now));
                    boolean blocked = throttle.registerFailure(now, rule);
                    throttles.saveAndFlush(throttle);
                    throttles.deleteQuietSince(now.minus(FORGET_AFTER), now);
                    return blocked ? Optional.of(throttle.getBlockedUntil()) : Optional.<Instant>empty();
                });
            } catch (ConcurrencyFailureException | DataIntegrityViolationException concurrent) {
                // Also a deadlock: on MariaDB two failures from one address at once can deadlock
                // on the unique key and the clean-up's delete; one of them is simply retried.
                if (attempt == 3) {
                    LOG.warn("Could not count a failed login for {} {} after 3 tries", kind, name, concurrent);
                    return Optional.empty();
                }
            }
        }
    }
}
