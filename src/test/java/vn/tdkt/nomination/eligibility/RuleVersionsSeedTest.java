package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService.RuleCriteria;
import vn.tdkt.catalog.service.AwardTypeService.RuleRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.BaseSalaryService.MoneyQuote;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.nomination.domain.eligibility.CheckStatus;
import vn.tdkt.nomination.domain.eligibility.Checklist;
import vn.tdkt.nomination.domain.eligibility.CriteriaVersion;
import vn.tdkt.nomination.domain.eligibility.Criterion;
import vn.tdkt.nomination.domain.eligibility.Eligibility;
import vn.tdkt.nomination.domain.eligibility.Facts.MemberStats;
import vn.tdkt.nomination.domain.eligibility.Facts;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** The rule versions seeded by V7, read through the catalogue service, judge the right years. */
@IntegrationTest
@WithUserDetails("quantri")
class RuleVersionsSeedTest {

    @Autowired
    AwardTypeService types;
    @Autowired
    BaseSalaryService salaries;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    /** What the integrator's service does: a catalogue rule version as the engine reads it. */
    private List<CriteriaVersion> versions(String code) {
        AwardTypeRecord type = types.get(data.award(code));
        return types.rules(type.id()).stream().map(r -> toVersion(type, r)).toList();
    }

    private static CriteriaVersion toVersion(AwardTypeRecord type, RuleRecord r) {
        RuleCriteria c = r.criteria();
        return CriteriaVersion.of(type.code(), type.requiresRegistration(), r.effectiveFrom(), r.legalBasis(),
                c.criteriaSet(), c.streakYears(), c.minSharePercent(), c.minShareExclusive(), c.initiativeCount(),
                c.quotaPercent(), c.quotaOutstandingPercent(), c.criteriaArticles());
    }

    @Test
    void achievements_of_2022_2024_and_2025_are_judged_by_decrees_91_98_and_152() {
        for (String code : SeededVersions.CODES) {
            List<CriteriaVersion> seeded = versions(code);
            Map<Integer, String> expected = Map.of(2019, "91/2017", 2022, "91/2017", 2023, "91/2017",
                    2024, "98/2023", 2025, "152/2025", 2026, "152/2025");
            expected.forEach((year, decree) -> assertThat(CriteriaVersion
                    .inForceOn(seeded, Eligibility.periodEnd(year)).orElseThrow().legalBasis())
                    .as(code + " " + year).contains(decree));
        }
    }

    @Test
    void every_seeded_award_type_has_the_three_versions_and_no_other() {
        for (AwardTypeRecord type : types.search("", null)) {
            if (type.code().matches("[A-Z_]+") && SeededVersions.CODES.contains(type.code())) {
                assertThat(types.rules(type.id())).extracting(RuleRecord::effectiveFrom).as(type.code())
                        .containsExactly(SeededVersions.DECREE_152, SeededVersions.DECREE_98,
                                SeededVersions.DECREE_91);
            }
        }
        assertThat(types.rules(data.award("HUAN_CHUONG"))).extracting(r -> r.criteria().criteriaSet())
                .containsOnlyNulls();
    }

    @Test
    void the_seeded_criteria_are_the_ones_the_rule_tables_test() {
        for (String code : SeededVersions.CODES) {
            List<CriteriaVersion> seeded = versions(code);
            for (CriteriaVersion table : SeededVersions.of(code)) {
                CriteriaVersion db = seeded.stream().filter(v -> v.effectiveFrom().equals(table.effectiveFrom()))
                        .findFirst().orElseThrow();
                String what = code + " from " + table.effectiveFrom();
                assertThat(db.criteria()).as(what).isEqualTo(table.criteria());
                assertThat(List.of(String.valueOf(db.streakYears()), String.valueOf(db.minSharePercent()),
                        String.valueOf(db.minShareExclusive()), String.valueOf(db.initiativeCount()),
                        String.valueOf(db.quotaPercent()), String.valueOf(db.quotaOutstandingPercent())))
                        .as(what).isEqualTo(List.of(String.valueOf(table.streakYears()),
                                String.valueOf(table.minSharePercent()), String.valueOf(table.minShareExclusive()),
                                String.valueOf(table.initiativeCount()), String.valueOf(table.quotaPercent()),
                                String.valueOf(table.quotaOutstandingPercent())));
                table.articles().forEach((criterion, fragment) -> {
                    if (table.criteria().contains(criterion)) {
                        assertThat(db.article(criterion)).as(what + " " + criterion).contains(fragment);
                    }
                });
                assertThat(db.legalBasis()).as(what).contains(SeededVersions.decrees().get(table.effectiveFrom()));
            }
        }
    }

    @Test
    void the_same_collective_passes_for_2022_with_60_percent_and_fails_for_2025() {
        List<CriteriaVersion> seeded = versions("TTLDTT");
        Facts facts = Facts.collective(LocalDate.now(clock)).rated(2022, Rating.HTTNV).rated(2025, Rating.HTTNV)
                .members(2022, new MemberStats(10, 10, 6, 0, 0)).members(2025, new MemberStats(10, 10, 6, 0, 0))
                .build();

        Checklist y2022 = Eligibility.evaluate(2022, seeded, facts);
        Checklist y2025 = Eligibility.evaluate(2025, seeded, facts);

        assertThat(y2022.versionEffectiveFrom()).isEqualTo(SeededVersions.DECREE_91);
        assertThat(y2022.check(Criterion.MEMBER_SHARE_LDTT).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(y2022.check(Criterion.MEMBER_SHARE_LDTT).messageKey())
                .isEqualTo("eligibility.memberShare.over.passed");
        assertThat(y2025.versionEffectiveFrom()).isEqualTo(SeededVersions.DECREE_152);
        assertThat(y2025.check(Criterion.MEMBER_SHARE_LDTT).status()).isEqualTo(CheckStatus.FAILED);
        assertThat(y2025.check(Criterion.MEMBER_SHARE_LDTT).args()).containsExactly("6", "10", "60,0", "70");
    }

    @Test
    void a_cstd_tinh_streak_reads_its_length_from_the_data() {
        // Registration is required for emulation titles by default (V9): the person registered.
        Facts facts = Facts.individual(LocalDate.now(clock)).awarded("CSTDCS", 2023, 2024, 2025)
                .initiative(2025, AwardLevel.MINISTRY_PROVINCE).registered("CSTD_TINH", 2025).build();

        Checklist checklist = Eligibility.evaluate(2025, versions("CSTD_TINH"), facts);

        assertThat(checklist.check(Criterion.STREAK_CSTDCS).messageKey())
                .isEqualTo("eligibility.streakCstdcs.passed");
        assertThat(checklist.check(Criterion.STREAK_CSTDCS).args()).containsExactly("2023, 2024, 2025");
        assertThat(checklist.verdict()).isEqualTo(vn.tdkt.nomination.domain.eligibility.Verdict.ELIGIBLE);
    }

    @Test
    void money_for_a_2023_decision_uses_the_decree_91_version_and_the_base_of_that_date() {
        // LĐTT 0,3 × 1.800.000 đ (from 01/7/2023) = 540.000 đ, rule version of 01/10/2017.
        MoneyQuote quote = salaries.quote(data.award("LDTT"), RecipientKind.INDIVIDUAL, LocalDate.of(2023, 10, 12));

        assertThat(quote.ruleEffectiveFrom()).isEqualTo(SeededVersions.DECREE_91);
        assertThat(quote.amount()).isEqualByComparingTo("540000");
        assertThat(salaries.quote(data.award("TTLDTT"), RecipientKind.COLLECTIVE, LocalDate.of(2020, 1, 20))
                .amount()).isEqualByComparingTo("1200000");
    }

    @Test
    void an_admin_adds_a_version_with_its_criteria_and_the_numbers_are_checked() {
        AwardTypeRecord type = types.save(new AwardTypeRecord(null, 0, Unique.code("TT"), "Tập thể thử nghiệm",
                AwardCategory.EMULATION_TITLE, RecipientKind.COLLECTIVE, AwardLevel.BASE, null, 99, true, true,
                null));
        LocalDate from = LocalDate.now(clock).plusMonths(1);
        RuleCriteria criteria = new RuleCriteria(" member_share_ldtt, no_pending_hold ", null, 75, false, null, null,
                null, "MEMBER_SHARE_LDTT=Nghị định mới, Điều 1");

        RuleRecord saved = types.saveRule(type.id(), new RuleRecord(null, 0, from, VoteRule.MAJORITY, null, null,
                new BigDecimal("1.0"), null, "Nghị định mới", true, criteria));

        assertThat(saved.criteria().criteriaSet()).isEqualTo("MEMBER_SHARE_LDTT,NO_PENDING_HOLD");
        assertThat(saved.criteria().minSharePercent()).isEqualTo(75);
        assertRefused("error.rule.criteriaSet", "criteriaSet", () -> types.saveRule(type.id(), new RuleRecord(null,
                0, from.plusDays(1), VoteRule.NONE, null, null, null, null, null, true,
                new RuleCriteria("70%", null, null, false, null, null, null, null))));
        assertRefused("error.rule.range", "streakYears", () -> types.saveRule(type.id(), new RuleRecord(null, 0,
                from.plusDays(1), VoteRule.NONE, null, null, null, null, null, true,
                new RuleCriteria(null, 0, null, false, null, null, null, null))));
        assertThat(types.rules(type.id())).hasSize(1);
    }
}
