package vn.tdkt.support;

import java.time.Clock;
import java.time.LocalDate;

/** The years of the demo data relative to the clock's day, as the demo builds them. */
public final class DemoYears {

    private DemoYears() {
    }

    public static int thisYear(Clock clock) {
        return LocalDate.now(clock).getYear();
    }

    /** Quảng Trị decides a year's titles on 20 January of the next year. */
    public static int lastDecided(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(LocalDate.of(today.getYear(), 1, 20)) ? today.getYear() - 2 : today.getYear() - 1;
    }

    /** The streak badge of Trần Thị Thu Hà: CSTĐCS in the last three decided years. */
    public static String cstdcsStreak(Clock clock) {
        int to = lastDecided(clock);
        return "CSTĐCS 3 năm liên tục " + (to - 2) + "–" + to;
    }

    /** The demo rates the five years before this one. */
    public static int firstRated(Clock clock) {
        return thisYear(clock) - 5;
    }
}
