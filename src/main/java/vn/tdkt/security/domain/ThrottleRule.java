package vn.tdkt.security.domain;

import java.time.Duration;

/**
 * How failed logins slow further attempts down: {@code freeFailures} may fail without delay;
 * each failure from then on refuses the next attempt for {@code firstDelay}, doubled per further
 * failure up to {@code maxDelay}; one failure is forgiven for every {@code decay} without one.
 */
public record ThrottleRule(int freeFailures, Duration firstDelay, Duration maxDelay, Duration decay) {

    public ThrottleRule {
        if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || decay.isZero()
                || decay.isNegative()) {
            throw new IllegalArgumentException("Unusable login throttle rule");
        }
    }

    /** The wait after the {@code failures}-th failure in a row (zero while below the free ones). */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
