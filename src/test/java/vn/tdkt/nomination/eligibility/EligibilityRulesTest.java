package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.nomination.domain.eligibility.CheckStatus.FAILED;
import static vn.tdkt.nomination.domain.eligibility.CheckStatus.MANUAL;
import static vn.tdkt.nomination.domain.eligibility.CheckStatus.PASSED;
import static vn.tdkt.nomination.domain.eligibility.Verdict.BLOCKED;
import static vn.tdkt.nomination.domain.eligibility.Verdict.ELIGIBLE;
import static vn.tdkt.nomination.domain.eligibility.Verdict.NEEDS_CONFIRMATION;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.ProcedureKind;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.nomination.domain.eligibility.Check;
import vn.tdkt.nomination.domain.eligibility.CheckStatus;
import vn.tdkt.nomination.domain.eligibility.Checklist;
import vn.tdkt.nomination.domain.eligibility.Criterion;
import vn.tdkt.nomination.domain.eligibility.Eligibility;
import vn.tdkt.nomination.domain.eligibility.Facts.MemberStats;
import vn.tdkt.nomination.domain.eligibility.Facts.QuotaCounts;
import vn.tdkt.nomination.domain.eligibility.Facts;
import vn.tdkt.nomination.domain.eligibility.Verdict;

/**
 * The rules as a table of cases per award type: each case names the criterion and the article
 * it checks, the facts, and the expected outcome of that criterion and of the whole checklist.
 * The versions are those seeded in V7 (see {@link SeededVersions}); the evaluation day is the
 * test clock's 20/11/2026.
 */
class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static Properties vi;
    private static Properties en;

    /**
     * One row: award type, achievement year, facts, the criterion checked, the article its
     * reason must cite, the expected status (null: not on the checklist) and verdict.
     */
    record Row(String name, String code, int year, Facts facts, Criterion criterion, String article,
            CheckStatus status, Verdict verdict, boolean registrationRequired) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Row row(String name, String code, int year, UnaryOperator<Facts.Builder> facts, Criterion criterion,
            String article, CheckStatus status, Verdict verdict) {
        return new Row(name, code, year, facts.apply(person()).build(), criterion, article, status, verdict, false);
    }

    static Row unit(String name, String code, int year, UnaryOperator<Facts.Builder> facts, Criterion criterion,
            String article, CheckStatus status, Verdict verdict) {
        return new Row(name, code, year, facts.apply(Facts.collective(TODAY)).build(), criterion, article, status,
                verdict, false);
    }

    static Facts.Builder person() {
        return Facts.individual(TODAY);
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @BeforeAll
    static void bundles() throws IOException {
        vi = load("messages_vi.properties");
        en = load("messages.properties");
    }

    static Stream<Row> ldtt() {
        return Stream.of(
                row("LĐTT · RATING_GOOD (Luật 2022 Điều 26): rated HTTNV in 2025 — eligible", "LDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV), Criterion.RATING_GOOD, "Điều 26", PASSED, ELIGIBLE),
                row("LĐTT · RATING_GOOD (Luật 2022 Điều 26): rated HTNV — blocked", "LDTT", 2025,
                        f -> f.rated(2025, Rating.HTNV), Criterion.RATING_GOOD, "Điều 26", FAILED, BLOCKED),
                row("LĐTT · RATING_GOOD (Luật 2022 Điều 26): no rating yet — needs confirmation", "LDTT", 2025,
                        f -> f.rated(2024, Rating.HTXSNV), Criterion.RATING_GOOD, "Điều 26", MANUAL,
                        NEEDS_CONFIRMATION),
                row("LĐTT · RATING_GOOD (Luật 2003 Điều 24): a 2022 achievement is judged by Decree 91/2017", "LDTT",
                        2022, f -> f.rated(2022, Rating.HTTNV), Criterion.RATING_GOOD, "Điều 24", PASSED, ELIGIBLE),
                row("LĐTT · NO_DISCIPLINE: a reprimand in effect from 01/3/2025 — blocked", "LDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV).disciplined(DisciplineForm.KHIEN_TRACH, d(2025, 3, 1),
                                d(2026, 2, 28)), Criterion.NO_DISCIPLINE, "kỷ luật", FAILED, BLOCKED),
                row("LĐTT · NO_DISCIPLINE, year boundary: a reprimand that ended 31/12/2024 does not touch 2025",
                        "LDTT", 2025, f -> f.rated(2025, Rating.HTTNV).disciplined(DisciplineForm.KHIEN_TRACH,
                                d(2024, 1, 1), d(2024, 12, 31)), Criterion.NO_DISCIPLINE, "kỷ luật", PASSED, ELIGIBLE),
                row("LĐTT · NO_DISCIPLINE, year boundary: a warning from 01/01/2025 touches 2025", "LDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV).disciplined(DisciplineForm.CANH_CAO, d(2025, 1, 1), null),
                        Criterion.NO_DISCIPLINE, "kỷ luật", FAILED, BLOCKED),
                row("LĐTT · NO_PENDING_HOLD: a complaint open on the day of the check — blocked", "LDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV).held(ProcedureKind.KHIEU_NAI, d(2026, 10, 1), null),
                        Criterion.NO_PENDING_HOLD, "khiếu nại", FAILED, BLOCKED),
                row("LĐTT · NO_PENDING_HOLD: an inspection closed before the check — eligible", "LDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV).held(ProcedureKind.THANH_TRA, d(2026, 3, 1), d(2026, 6, 1)),
                        Criterion.NO_PENDING_HOLD, "thanh tra", PASSED, ELIGIBLE),
                row("LĐTT · NOT_ALREADY_REWARDED (Luật 2022 Điều 5): LĐTT 2025 already in the register — warning only",
                        "LDTT", 2025, f -> f.rated(2025, Rating.HTTNV).awarded("LDTT", 2025),
                        Criterion.NOT_ALREADY_REWARDED, "Điều 5", FAILED, ELIGIBLE),
                row("LĐTT · NOT_ALREADY_REWARDED (Luật 2022 Điều 5): another open nomination for 2025 — warning",
                        "LDTT", 2025, f -> f.rated(2025, Rating.HTTNV).nominated("LDTT", 2025),
                        Criterion.NOT_ALREADY_REWARDED, "Điều 5", FAILED, ELIGIBLE),
                row("LĐTT · REGISTRATION not required by the catalogue — not on the checklist", "LDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV), Criterion.REGISTRATION, null, null, ELIGIBLE),
                new Row("LĐTT · REGISTRATION (đăng ký thi đua) required and missing — blocked", "LDTT", 2025,
                        person().rated(2025, Rating.HTTNV).registered("LDTT", 2024).build(), Criterion.REGISTRATION,
                        "đăng ký", FAILED, BLOCKED, true),
                new Row("LĐTT · REGISTRATION: registered for CSTĐCS counts for LĐTT — eligible", "LDTT", 2025,
                        person().rated(2025, Rating.HTTNV).registered("CSTDCS", 2025).build(),
                        Criterion.REGISTRATION, "đăng ký", PASSED, ELIGIBLE, true));
    }

    static Stream<Row> cstdcs() {
        return Stream.of(
                row("CSTĐCS · MERIT_HTXSNV_OR_INITIATIVE (Luật 2022 Điều 25): HTXSNV alone in 2025 — eligible",
                        "CSTDCS", 2025, f -> f.rated(2025, Rating.HTXSNV).quota(2025, new QuotaCounts(10, 2, false)),
                        Criterion.MERIT_HTXSNV_OR_INITIATIVE, "Điều 25", PASSED, ELIGIBLE),
                row("CSTĐCS · MERIT_INITIATIVE (NĐ 91/2017 Điều 9 khoản 3): HTXSNV alone in 2022 is not enough",
                        "CSTDCS", 2022, f -> f.rated(2022, Rating.HTXSNV), Criterion.MERIT_INITIATIVE,
                        "Điều 9 khoản 3", MANUAL, NEEDS_CONFIRMATION),
                row("CSTĐCS · MERIT_INITIATIVE (NĐ 91/2017 Điều 9 khoản 3): a recognised initiative in 2022",
                        "CSTDCS", 2022, f -> f.rated(2022, Rating.HTTNV).initiative(2022, AwardLevel.BASE),
                        Criterion.MERIT_INITIATIVE, "Điều 9 khoản 3", PASSED, ELIGIBLE),
                row("CSTĐCS · version boundary: 2023 ends under Decree 91/2017, HTXSNV alone needs confirmation",
                        "CSTDCS", 2023, f -> f.rated(2023, Rating.HTXSNV), Criterion.MERIT_INITIATIVE,
                        "Điều 9 khoản 3", MANUAL, NEEDS_CONFIRMATION),
                row("CSTĐCS · version boundary: 2024 is judged by Decree 98/2023, HTXSNV alone passes", "CSTDCS",
                        2024, f -> f.rated(2024, Rating.HTXSNV), Criterion.MERIT_HTXSNV_OR_INITIATIVE, "Điều 25",
                        PASSED, ELIGIBLE),
                row("CSTĐCS · MERIT_HTXSNV_OR_INITIATIVE: HTTNV and no initiative — thiếu sáng kiến, cần xác nhận",
                        "CSTDCS", 2025, f -> f.rated(2025, Rating.HTTNV), Criterion.MERIT_HTXSNV_OR_INITIATIVE,
                        "Điều 25", MANUAL, NEEDS_CONFIRMATION),
                row("CSTĐCS · MERIT_HTXSNV_OR_INITIATIVE: accepted research counts", "CSTDCS", 2025,
                        f -> f.rated(2025, Rating.HTTNV).research(2025, AwardLevel.BASE),
                        Criterion.MERIT_HTXSNV_OR_INITIATIVE, "Điều 25", PASSED, ELIGIBLE),
                row("CSTĐCS · LDTT_STANDARD (Luật 2022 Điều 25): rated HTNV — blocked", "CSTDCS", 2025,
                        f -> f.rated(2025, Rating.HTNV).initiative(2025, AwardLevel.BASE), Criterion.LDTT_STANDARD,
                        "Điều 25", FAILED, BLOCKED),
                row("CSTĐCS · HTXSNV_QUOTA: 3 of 10 rated HTXSNV (30 % > 20 %) — warning, not a block", "CSTDCS",
                        2025, f -> f.rated(2025, Rating.HTXSNV).quota(2025, new QuotaCounts(10, 3, false)),
                        Criterion.HTXSNV_QUOTA, "20%", FAILED, ELIGIBLE),
                row("CSTĐCS · HTXSNV_QUOTA: exactly 25 % in an outstanding unit — within the quota", "CSTDCS", 2025,
                        f -> f.rated(2025, Rating.HTXSNV).quota(2025, new QuotaCounts(20, 5, true)),
                        Criterion.HTXSNV_QUOTA, "25%", PASSED, ELIGIBLE));
    }

    static Stream<Row> cstdTinh() {
        UnaryOperator<Facts.Builder> initiative = f -> f.initiative(2024, AwardLevel.MINISTRY_PROVINCE);
        return Stream.of(
                row("CSTĐ tỉnh · STREAK_CSTDCS (Luật 2022 Điều 24): CSTĐCS 2023, 2024, 2025 — eligible", "CSTD_TINH",
                        2025, f -> initiative.apply(f.awarded("CSTDCS", 2023, 2024, 2025)), Criterion.STREAK_CSTDCS,
                        "Điều 24", PASSED, ELIGIBLE),
                row("CSTĐ tỉnh · STREAK_CSTDCS (Luật 2022 Điều 24): a gap in 2023 breaks the streak", "CSTD_TINH",
                        2025, f -> initiative.apply(f.awarded("CSTDCS", 2022, 2024, 2025)), Criterion.STREAK_CSTDCS,
                        "Điều 24", FAILED, BLOCKED),
                row("CSTĐ tỉnh · STREAK_CSTDCS, year boundary: 2022–2024 is no streak for 2025", "CSTD_TINH", 2025,
                        f -> initiative.apply(f.awarded("CSTDCS", 2022, 2023, 2024)), Criterion.STREAK_CSTDCS,
                        "Điều 24", FAILED, BLOCKED),
                row("CSTĐ tỉnh · STREAK_CSTDCS: the 2025 CSTĐCS still proposed — needs confirmation", "CSTD_TINH",
                        2025, f -> initiative.apply(f.awarded("CSTDCS", 2023, 2024).nominated("CSTDCS", 2025)),
                        Criterion.STREAK_CSTDCS, "Điều 24", MANUAL, NEEDS_CONFIRMATION),
                row("CSTĐ tỉnh · STREAK_CSTDCS: a higher title (CSTĐ toàn quốc 2023) counts as CSTĐCS", "CSTD_TINH",
                        2025, f -> initiative.apply(f.awarded("CSTD_TQ", 2023).awarded("CSTDCS", 2024, 2025)),
                        Criterion.STREAK_CSTDCS, "Điều 24", PASSED, ELIGIBLE),
                row("CSTĐ tỉnh · STREAK_CSTDCS (Luật 2003 Điều 22): a 2021–2023 streak under Decree 91/2017",
                        "CSTD_TINH", 2023, f -> f.awarded("CSTDCS", 2021, 2022, 2023)
                                .initiative(2022, AwardLevel.MINISTRY_PROVINCE),
                        Criterion.STREAK_CSTDCS, "Điều 22", PASSED, ELIGIBLE),
                row("CSTĐ tỉnh · INITIATIVE_PROVINCE (Luật 2022 Điều 24): only a base-level initiative — cần xác nhận",
                        "CSTD_TINH", 2025, f -> f.awarded("CSTDCS", 2023, 2024, 2025)
                                .initiative(2024, AwardLevel.BASE),
                        Criterion.INITIATIVE_PROVINCE, "Điều 24", MANUAL, NEEDS_CONFIRMATION),
                row("CSTĐ tỉnh · NO_PENDING_HOLD: a disciplinary procedure open since 01/11/2026 — blocked",
                        "CSTD_TINH", 2025, f -> initiative.apply(f.awarded("CSTDCS", 2023, 2024, 2025))
                                .held(ProcedureKind.XEM_XET_KY_LUAT, d(2026, 11, 1), null),
                        Criterion.NO_PENDING_HOLD, "kỷ luật", FAILED, BLOCKED));
    }

    static Stream<Row> ttldtt() {
        return Stream.of(
                unit("TTLĐTT · MEMBER_SHARE_LDTT (Luật 2022 Điều 30): exactly 70 % (7/10) passes", "TTLDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV).members(2025, new MemberStats(10, 10, 7, 0, 0)),
                        Criterion.MEMBER_SHARE_LDTT, "Điều 30", PASSED, ELIGIBLE),
                unit("TTLĐTT · MEMBER_SHARE_LDTT (Luật 2022 Điều 30): 69,7 % (23/33) fails", "TTLDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV).members(2025, new MemberStats(33, 33, 23, 0, 0)),
                        Criterion.MEMBER_SHARE_LDTT, "Điều 30", FAILED, BLOCKED),
                unit("TTLĐTT · MEMBER_SHARE_LDTT (Luật 2003 Điều 28): 60 % was enough in 2022", "TTLDTT", 2022,
                        f -> f.rated(2022, Rating.HTTNV).members(2022, new MemberStats(10, 10, 6, 0, 0)),
                        Criterion.MEMBER_SHARE_LDTT, "Điều 28", PASSED, ELIGIBLE),
                unit("TTLĐTT · MEMBER_SHARE_LDTT (Luật 2003 Điều 28): exactly 50 % is not 'trên 50 %'", "TTLDTT",
                        2022, f -> f.rated(2022, Rating.HTTNV).members(2022, new MemberStats(10, 10, 5, 0, 0)),
                        Criterion.MEMBER_SHARE_LDTT, "Điều 28", FAILED, BLOCKED),
                unit("TTLĐTT · NO_DISCIPLINED_MEMBER (Luật 2022 Điều 30): one member warned — blocked", "TTLDTT",
                        2025, f -> f.rated(2025, Rating.HTTNV).members(2025, new MemberStats(10, 10, 8, 0, 1)),
                        Criterion.NO_DISCIPLINED_MEMBER, "Điều 30", FAILED, BLOCKED),
                unit("TTLĐTT · UNIT_RATING_GOOD (Luật 2022 Điều 30): the unit only HTNV — blocked", "TTLDTT", 2025,
                        f -> f.rated(2025, Rating.HTNV).members(2025, new MemberStats(10, 10, 8, 0, 0)),
                        Criterion.UNIT_RATING_GOOD, "Điều 30", FAILED, BLOCKED),
                unit("TTLĐTT · NO_PENDING_HOLD: an inspection of the unit open — blocked", "TTLDTT", 2025,
                        f -> f.rated(2025, Rating.HTTNV).members(2025, new MemberStats(10, 10, 8, 0, 0))
                                .held(ProcedureKind.THANH_TRA, d(2026, 9, 1), null),
                        Criterion.NO_PENDING_HOLD, "thanh tra", FAILED, BLOCKED));
    }

    static Stream<Row> ttldxs() {
        return Stream.of(
                unit("TTLĐXS · all criteria (Luật 2022 Điều 29): HTXSNV, 10/10 complete, 8 LĐTT, 1 CSTĐCS",
                        "TTLDXS", 2025, f -> f.rated(2025, Rating.HTXSNV).members(2025,
                                new MemberStats(10, 10, 8, 1, 0)), Criterion.HAS_CSTDCS_MEMBER, "Điều 29", PASSED,
                        ELIGIBLE),
                unit("TTLĐXS · MEMBER_SHARE_LDTT (Luật 2022 Điều 29): exactly 70 % passes", "TTLDXS", 2025,
                        f -> f.rated(2025, Rating.HTXSNV).members(2025, new MemberStats(20, 20, 14, 1, 0)),
                        Criterion.MEMBER_SHARE_LDTT, "Điều 29", PASSED, ELIGIBLE),
                unit("TTLĐXS · MEMBER_SHARE_LDTT (Luật 2022 Điều 29): 69,x % fails", "TTLDXS", 2025,
                        f -> f.rated(2025, Rating.HTXSNV).members(2025, new MemberStats(43, 43, 30, 1, 0)),
                        Criterion.MEMBER_SHARE_LDTT, "Điều 29", FAILED, BLOCKED),
                unit("TTLĐXS · ALL_MEMBERS_COMPLETE (Luật 2022 Điều 29): 9 of 10 complete — blocked", "TTLDXS",
                        2025, f -> f.rated(2025, Rating.HTXSNV).members(2025, new MemberStats(10, 9, 8, 1, 0)),
                        Criterion.ALL_MEMBERS_COMPLETE, "Điều 29", FAILED, BLOCKED),
                unit("TTLĐXS · HAS_CSTDCS_MEMBER (Luật 2022 Điều 29): no CSTĐCS — blocked", "TTLDXS", 2025,
                        f -> f.rated(2025, Rating.HTXSNV).members(2025, new MemberStats(10, 10, 8, 0, 0)),
                        Criterion.HAS_CSTDCS_MEMBER, "Điều 29", FAILED, BLOCKED),
                unit("TTLĐXS · UNIT_RATING_EXCELLENT (Luật 2022 Điều 29): the unit only HTTNV — blocked", "TTLDXS",
                        2025, f -> f.rated(2025, Rating.HTTNV).members(2025, new MemberStats(10, 10, 8, 1, 0)),
                        Criterion.UNIT_RATING_EXCELLENT, "Điều 29", FAILED, BLOCKED),
                unit("TTLĐXS · NO_DISCIPLINED_MEMBER (Luật 2003 Điều 27): a member warned in 2022 — blocked",
                        "TTLDXS", 2022, f -> f.rated(2022, Rating.HTXSNV).members(2022,
                                new MemberStats(10, 10, 8, 1, 1)), Criterion.NO_DISCIPLINED_MEMBER, "Điều 27", FAILED,
                        BLOCKED),
                unit("TTLĐXS · rule changed: the 2022 law has no discipline condition, a warned member in 2025 "
                        + "is not on the checklist", "TTLDXS", 2025, f -> f.rated(2025, Rating.HTXSNV).members(2025,
                                new MemberStats(10, 10, 8, 1, 1)), Criterion.NO_DISCIPLINED_MEMBER, null, null,
                        ELIGIBLE));
    }

    static Stream<Row> bangKhen() {
        return Stream.of(
                row("BK tỉnh (cá nhân) · BK_INDIVIDUAL_MERIT (Luật 2022 Điều 74): CSTĐCS 2024, 2025 — eligible",
                        "BK_TINH", 2025, f -> f.awarded("CSTDCS", 2024, 2025), Criterion.BK_INDIVIDUAL_MERIT,
                        "Điều 74", PASSED, ELIGIBLE),
                row("BK tỉnh (cá nhân) · BK_INDIVIDUAL_MERIT: HTXSNV 2024, 2025 with 2 initiatives — eligible",
                        "BK_TINH", 2025, f -> f.rated(2024, Rating.HTXSNV).rated(2025, Rating.HTXSNV)
                                .initiative(2024, AwardLevel.BASE).initiative(2025, AwardLevel.BASE)
                                .quota(2025, new QuotaCounts(10, 2, false)),
                        Criterion.BK_INDIVIDUAL_MERIT, "Điều 74", PASSED, ELIGIBLE),
                row("BK tỉnh (cá nhân) · BK_INDIVIDUAL_MERIT: HTXSNV 2024, 2025 but 1 initiative — cần xác nhận",
                        "BK_TINH", 2025, f -> f.rated(2024, Rating.HTXSNV).rated(2025, Rating.HTXSNV)
                                .initiative(2025, AwardLevel.BASE).quota(2025, new QuotaCounts(10, 2, false)),
                        Criterion.BK_INDIVIDUAL_MERIT, "Điều 74", MANUAL, NEEDS_CONFIRMATION),
                row("BK tỉnh (cá nhân) · BK_INDIVIDUAL_MERIT: CSTĐCS 2023 and 2025 with a gap in 2024 — blocked",
                        "BK_TINH", 2025, f -> f.awarded("CSTDCS", 2023, 2025).rated(2024, Rating.HTTNV),
                        Criterion.BK_INDIVIDUAL_MERIT, "Điều 74", FAILED, BLOCKED),
                row("BK tỉnh (cá nhân) · the collective branch is not on a person's checklist", "BK_TINH", 2025,
                        f -> f.awarded("CSTDCS", 2024, 2025), Criterion.BK_COLLECTIVE_MERIT, null, null, ELIGIBLE),
                row("BK Chánh VPTW (cá nhân) · BK_INDIVIDUAL_MERIT (NĐ 91/2017 Điều 39): CSTĐCS 2021, 2022",
                        "BK_CVPTW", 2022, f -> f.awarded("CSTDCS", 2021, 2022), Criterion.BK_INDIVIDUAL_MERIT,
                        "Điều 39", PASSED, ELIGIBLE),
                unit("BK tỉnh (tập thể) · BK_COLLECTIVE_MERIT: TTLĐXS 2024 then HTXSNV 2025 — eligible", "BK_TINH",
                        2025, f -> f.awarded("TTLDXS", 2024).rated(2025, Rating.HTXSNV),
                        Criterion.BK_COLLECTIVE_MERIT, "Điều 74", PASSED, ELIGIBLE),
                unit("BK tỉnh (tập thể) · BK_COLLECTIVE_MERIT: HTXSNV 2023 and 2025, not 2024 — blocked", "BK_TINH",
                        2025, f -> f.rated(2023, Rating.HTXSNV).rated(2024, Rating.HTTNV).rated(2025, Rating.HTXSNV),
                        Criterion.BK_COLLECTIVE_MERIT, "Điều 74", FAILED, BLOCKED));
    }

    static Stream<Row> coThiDua() {
        return Stream.of(
                unit("Cờ thi đua tỉnh · BLOC_LEADER (Luật 2022 Điều 28): leads its bloc in 2025 — eligible",
                        "CO_TD_TINH", 2025, f -> f.blocScored(2025, true), Criterion.BLOC_LEADER, "Điều 28", PASSED,
                        ELIGIBLE),
                unit("Cờ thi đua tỉnh · BLOC_LEADER (Luật 2022 Điều 28): scored, not first — blocked", "CO_TD_TINH",
                        2025, f -> f.blocScored(2025, false), Criterion.BLOC_LEADER, "Điều 28", FAILED, BLOCKED),
                unit("Cờ thi đua VPTW · BLOC_LEADER: no bloc scoring for the year — needs confirmation",
                        "CO_TD_VPTW", 2025, f -> f.blocScored(2024, true), Criterion.BLOC_LEADER, "Điều 28", MANUAL,
                        NEEDS_CONFIRMATION),
                unit("Cờ thi đua VPTW · BLOC_LEADER (Luật 2003 Điều 26): led the bloc in 2022", "CO_TD_VPTW", 2022,
                        f -> f.blocScored(2022, true), Criterion.BLOC_LEADER, "Điều 26", PASSED, ELIGIBLE),
                unit("Cờ thi đua VPTW · NO_PENDING_HOLD: a complaint pending — blocked", "CO_TD_VPTW", 2025,
                        f -> f.blocScored(2025, true).held(ProcedureKind.KHIEU_NAI, d(2026, 1, 5), null),
                        Criterion.NO_PENDING_HOLD, "khiếu nại", FAILED, BLOCKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"ldtt", "cstdcs", "cstdTinh", "ttldtt", "ttldxs", "bangKhen", "coThiDua"})
    void the_criterion_judges_as_the_rule_version_says(Row row) {
        Checklist checklist = Eligibility.evaluate(row.year(), SeededVersions.of(row.code(),
                row.registrationRequired()), row.facts());

        if (row.status() == null) {
            assertThat(checklist.checks()).extracting(Check::criterion).doesNotContain(row.criterion());
        } else {
            Check check = checklist.check(row.criterion());
            assertThat(check.status()).as(check.messageKey() + " " + check.args()).isEqualTo(row.status());
            assertThat(check.article()).contains(row.article());
        }
        assertThat(checklist.verdict()).as(checklist.checks().toString()).isEqualTo(row.verdict());
        for (Check check : checklist.checks()) {
            assertThat(vi.getProperty(check.messageKey())).as(check.messageKey()).isNotNull();
            assertThat(en.getProperty(check.messageKey())).as(check.messageKey()).isNotNull();
            assertThat(new MessageFormat(vi.getProperty(check.messageKey()), Locale.forLanguageTag("vi"))
                    .format(check.args().toArray())).doesNotContain("{");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EligibilityRulesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
