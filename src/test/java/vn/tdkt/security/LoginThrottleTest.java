package vn.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tdkt.security.domain.LoginThrottle;
import vn.tdkt.security.domain.LoginThrottle.ThrottleKind;
import vn.tdkt.security.domain.ThrottleRule;

/** The arithmetic of the login throttle: free failures, doubling delays with a cap, decay. */
class LoginThrottleTest {

    private static final ThrottleRule RULE = new ThrottleRule(5, Duration.ofMinutes(1), Duration.ofMinutes(30),
            Duration.ofMinutes(15));
    private static final Instant NINE = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void five_failures_are_free_then_each_one_doubles_the_wait_up_to_half_an_hour() {
        LoginThrottle throttle = new LoginThrottle(ThrottleKind.ACCOUNT, "an", "", NINE);
        Instant now = NINE;
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.registerFailure(now, RULE)).as("failure %s", i).isFalse();
            assertThat(throttle.isBlockedAt(now)).isFalse();
        }
        long[] waits = {1, 2, 4, 8, 16, 30, 30};
        for (long wait : waits) {
            assertThat(throttle.registerFailure(now, RULE)).isTrue();
            assertThat(Duration.between(now, throttle.getBlockedUntil())).isEqualTo(Duration.ofMinutes(wait));
            assertThat(throttle.isBlockedAt(now.plus(Duration.ofMinutes(wait)).minusSeconds(1))).isTrue();
            // The next attempt comes just after the wait is over.
            now = throttle.getBlockedUntil();
            assertThat(throttle.isBlockedAt(now)).isFalse();
        }
    }

    @Test
    void a_quarter_of_an_hour_without_failures_forgives_one_and_a_quiet_day_forgives_all() {
        LoginThrottle throttle = new LoginThrottle(ThrottleKind.ADDRESS, "", "203.0.113.9", NINE);
        for (int i = 0; i < 6; i++) {
            throttle.registerFailure(NINE, RULE);
        }
        // The 6th failure makes the next attempt wait 2 minutes; forgiving starts when the wait is over.
        Instant waited = NINE.plus(Duration.ofMinutes(2));
        assertThat(throttle.getBlockedUntil()).isEqualTo(waited);
        assertThat(throttle.failuresAt(waited.plus(Duration.ofMinutes(14)), RULE)).isEqualTo(6);
        assertThat(throttle.failuresAt(waited.plus(Duration.ofMinutes(15)), RULE)).isEqualTo(5);
        assertThat(throttle.failuresAt(waited.plus(Duration.ofMinutes(45)), RULE)).isEqualTo(3);

        // After 45 quiet minutes three are forgiven: the next failure is the 4th, free again.
        assertThat(throttle.registerFailure(waited.plus(Duration.ofMinutes(45)), RULE)).isFalse();
        assertThat(throttle.failuresAt(waited.plus(Duration.ofHours(24)), RULE)).isZero();
    }

    @Test
    void the_wait_never_overflows_however_many_failures() {
        assertThat(RULE.delayAfter(4)).isZero();
        assertThat(RULE.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RULE.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(30));
    }
}
