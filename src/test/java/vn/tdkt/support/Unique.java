package vn.tdkt.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Codes that never clash with demo data or with earlier runs on a kept database. */
public final class Unique {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Unique() {
    }

    public static String code(String prefix) {
        return prefix + "_" + RUN + COUNTER.incrementAndGet();
    }
}
