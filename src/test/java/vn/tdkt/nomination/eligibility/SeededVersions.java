package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tdkt.nomination.domain.eligibility.CriteriaVersion;

/**
 * The criteria of the seeded rule versions (V7__rule_versions.sql) as the table tests use
 * them; {@code RuleVersionsSeedTest} holds them equal to what the database serves. Articles
 * here are fragments the seeded article text must contain.
 */
final class SeededVersions {

    static final LocalDate DECREE_91 = LocalDate.of(2017, 10, 1);
    static final LocalDate DECREE_98 = LocalDate.of(2024, 1, 1);
    static final LocalDate DECREE_152 = LocalDate.of(2025, 7, 1);

    static final List<String> CODES = List.of("LDTT", "CSTDCS", "CSTD_TINH", "TTLDTT", "TTLDXS", "BK_TINH",
            "BK_CVPTW", "CO_TD_TINH", "CO_TD_VPTW");

    private static final String HOLDS = ",NO_PENDING_HOLD,REGISTRATION,NOT_ALREADY_REWARDED";

    private SeededVersions() {
    }

    static List<CriteriaVersion> of(String code) {
        return of(code, false);
    }

    static List<CriteriaVersion> of(String code, boolean registrationRequired) {
        return switch (code) {
            case "LDTT" -> same(code, registrationRequired, "RATING_GOOD,NO_DISCIPLINE" + HOLDS, null, null, false,
                    null, null, null, "RATING_GOOD=Điều 24", "RATING_GOOD=Điều 26");
            case "CSTDCS" -> List.of(
                    v(code, registrationRequired, DECREE_91, "LDTT_STANDARD,MERIT_INITIATIVE,NO_DISCIPLINE" + HOLDS,
                            null, null, false, null, 20, 25, "LDTT_STANDARD=Điều 9 khoản 3|MERIT_INITIATIVE=Điều 9 khoản 3"),
                    v(code, registrationRequired, DECREE_98,
                            "LDTT_STANDARD,MERIT_HTXSNV_OR_INITIATIVE,HTXSNV_QUOTA,NO_DISCIPLINE" + HOLDS, null, null,
                            false, null, 20, 25, "LDTT_STANDARD=Điều 25|MERIT_HTXSNV_OR_INITIATIVE=Điều 25"),
                    v(code, registrationRequired, DECREE_152,
                            "LDTT_STANDARD,MERIT_HTXSNV_OR_INITIATIVE,HTXSNV_QUOTA,NO_DISCIPLINE" + HOLDS, null, null,
                            false, null, 20, 25, "LDTT_STANDARD=Điều 25|MERIT_HTXSNV_OR_INITIATIVE=Điều 25"));
            case "CSTD_TINH" -> same(code, registrationRequired, "STREAK_CSTDCS,INITIATIVE_PROVINCE,NO_DISCIPLINE" + HOLDS,
                    3, null, false, 1, null, null, "STREAK_CSTDCS=Điều 22|INITIATIVE_PROVINCE=Điều 22",
                    "STREAK_CSTDCS=Điều 24|INITIATIVE_PROVINCE=Điều 24");
            case "TTLDTT" -> List.of(
                    v(code, registrationRequired, DECREE_91,
                            "UNIT_RATING_GOOD,MEMBER_SHARE_LDTT,NO_DISCIPLINED_MEMBER" + HOLDS, null, 50, true, null,
                            null, null, "UNIT_RATING_GOOD=Điều 28 khoản 1 điểm a|MEMBER_SHARE_LDTT=Điều 28 khoản 1 điểm c"
                            + "|NO_DISCIPLINED_MEMBER=Điều 28 khoản 1 điểm c"),
                    v(code, registrationRequired, DECREE_98,
                            "UNIT_RATING_GOOD,MEMBER_SHARE_LDTT,NO_DISCIPLINED_MEMBER" + HOLDS, null, 70, false, null,
                            null, null, "UNIT_RATING_GOOD=Điều 30|MEMBER_SHARE_LDTT=Điều 30|NO_DISCIPLINED_MEMBER=Điều 30"),
                    v(code, registrationRequired, DECREE_152,
                            "UNIT_RATING_GOOD,MEMBER_SHARE_LDTT,NO_DISCIPLINED_MEMBER" + HOLDS, null, 70, false, null,
                            null, null, "UNIT_RATING_GOOD=Điều 30|MEMBER_SHARE_LDTT=Điều 30|NO_DISCIPLINED_MEMBER=Điều 30"));
            case "TTLDXS" -> List.of(
                    v(code, registrationRequired, DECREE_91, "UNIT_RATING_EXCELLENT,ALL_MEMBERS_COMPLETE,"
                            + "MEMBER_SHARE_LDTT,HAS_CSTDCS_MEMBER,NO_DISCIPLINED_MEMBER" + HOLDS, null, 70, false,
                            null, null, null, "UNIT_RATING_EXCELLENT=Điều 27|ALL_MEMBERS_COMPLETE=Điều 27"
                            + "|MEMBER_SHARE_LDTT=Điều 27|HAS_CSTDCS_MEMBER=Điều 27|NO_DISCIPLINED_MEMBER=Điều 27"),
                    v(code, registrationRequired, DECREE_98, "UNIT_RATING_EXCELLENT,ALL_MEMBERS_COMPLETE,"
                            + "MEMBER_SHARE_LDTT,HAS_CSTDCS_MEMBER" + HOLDS, null, 70, false, null, null, null,
                            "UNIT_RATING_EXCELLENT=Điều 29|ALL_MEMBERS_COMPLETE=Điều 29"
                            + "|MEMBER_SHARE_LDTT=Điều 29|HAS_CSTDCS_MEMBER=Điều 29"),
                    v(code, registrationRequired, DECREE_152, "UNIT_RATING_EXCELLENT,ALL_MEMBERS_COMPLETE,"
                            + "MEMBER_SHARE_LDTT,HAS_CSTDCS_MEMBER" + HOLDS, null, 70, false, null, null, null,
                            "UNIT_RATING_EXCELLENT=Điều 29|ALL_MEMBERS_COMPLETE=Điều 29"
                            + "|MEMBER_SHARE_LDTT=Điều 29|HAS_CSTDCS_MEMBER=Điều 29"));
            case "BK_TINH", "BK_CVPTW" -> same(code, registrationRequired,
                    "BK_INDIVIDUAL_MERIT,BK_COLLECTIVE_MERIT,HTXSNV_QUOTA,NO_DISCIPLINE,NO_PENDING_HOLD,"
                            + "NOT_ALREADY_REWARDED", 2, null, false, 2, 20, 25,
                    "BK_INDIVIDUAL_MERIT=Điều 39|BK_COLLECTIVE_MERIT=Điều 39",
                    "BK_INDIVIDUAL_MERIT=Điều 74|BK_COLLECTIVE_MERIT=Điều 74");
            case "CO_TD_TINH", "CO_TD_VPTW" -> same(code, registrationRequired, "BLOC_LEADER" + HOLDS, null, null,
                    false, null, null, null, "BLOC_LEADER=Điều 26", "BLOC_LEADER=Điều 28");
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static List<CriteriaVersion> same(String code, boolean registration, String criteria, Integer streak,
            Integer share, boolean exclusive, Integer initiatives, Integer quota, Integer quotaOutstanding,
            String articles91, String articlesLaw2022) {
        return List.of(
                v(code, registration, DECREE_91, criteria, streak, share, exclusive, initiatives, quota,
                        quotaOutstanding, articles91),
                v(code, registration, DECREE_98, criteria, streak, share, exclusive, initiatives, quota,
                        quotaOutstanding, articlesLaw2022),
                v(code, registration, DECREE_152, criteria, streak, share, exclusive, initiatives, quota,
                        quotaOutstanding, articlesLaw2022));
    }

    private static CriteriaVersion v(String code, boolean registration, LocalDate from, String criteria,
            Integer streak, Integer share, boolean exclusive, Integer initiatives, Integer quota,
            Integer quotaOutstanding, String articles) {
        String decree = from.equals(DECREE_91) ? "91/2017" : from.equals(DECREE_98) ? "98/2023" : "152/2025";
        String common = "|NO_DISCIPLINE=đang chịu kỷ luật|NO_PENDING_HOLD=đang xem xét kỷ luật, thanh tra, khiếu nại"
                + "|REGISTRATION=đăng ký thi đua là căn cứ|NOT_ALREADY_REWARDED="
                + (from.equals(DECREE_91) ? "Điều 6" : "Điều 5")
                + "|HTXSNV_QUOTA=HTXSNV ≤ 20% số HTTNV (25% ở đơn vị xuất sắc)";
        return CriteriaVersion.of(code, registration, from, "Nghị định " + decree, criteria, streak, share, exclusive,
                initiatives, quota, quotaOutstanding, articles + common);
    }

    static Map<LocalDate, String> decrees() {
        return Map.of(DECREE_91, "91/2017", DECREE_98, "98/2023", DECREE_152, "152/2025");
    }
}
