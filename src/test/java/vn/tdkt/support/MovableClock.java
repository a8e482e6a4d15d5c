package vn.tdkt.support;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A stopped clock that a test can move, e.g. across midnight of 31 December. */
public final class MovableClock extends Clock {

    private final Instant start;
    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(Instant start, ZoneId zone) {
        this.start = start;
        this.zone = zone;
        this.now = start;
    }

    public void moveTo(OffsetDateTime instant) {
        now = instant.toInstant();
    }

    /** Back to the instant the context was started at. */
    public void reset() {
        now = start;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
