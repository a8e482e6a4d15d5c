package vn.tdkt.nomination.domain.eligibility;

import java.util.Map;
import java.util.Set;

/**
 * A higher title counts for a lower one in a streak or a prerequisite: a CSTĐCS year is an
 * LĐTT year, a TTLĐXS year a TTLĐTT year. Codes are the catalogue's award type codes.
 */
final class TitleLadder {

    private static final Map<String, Set<String>> COUNTS_FOR = Map.of(
            "LDTT", Set.of("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ"),
            "CSTDCS", Set.of("CSTDCS", "CSTD_TINH", "CSTD_TQ"),
            "CSTD_TINH", Set.of("CSTD_TINH", "CSTD_TQ"),
            "TTLDTT", Set.of("TTLDTT", "TTLDXS"),
            "TTLDXS", Set.of("TTLDXS"));

    private TitleLadder() {
    }

    static boolean countsAs(String held, String required) {
        return COUNTS_FOR.getOrDefault(required, Set.of(required)).contains(held);
    }
}
