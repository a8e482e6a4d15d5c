package vn.tdkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService.RuleRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.BaseSalaryService.BaseSalaryRecord;
import vn.tdkt.catalog.service.BaseSalaryService.MoneyQuote;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("quantri")
class CatalogServiceTest {

    @Autowired
    AwardTypeService types;
    @Autowired
    BaseSalaryService salaries;
    @Autowired
    AuditService audit;
    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    private Long type(String code) {
        return data.award(code);
    }

    @Test
    void the_catalogue_has_the_party_office_awards() {
        assertThat(types.search("co thi dua van phong trung uong", AwardCategory.EMULATION_TITLE))
                .extracting(AwardTypeRecord::name).containsExactly("Cờ thi đua của Văn phòng Trung ương Đảng");
        assertThat(types.search("bang khen chanh van phong", null)).extracting(AwardTypeRecord::name)
                .contains("Bằng khen của Chánh Văn phòng Trung ương Đảng");
    }

    @Test
    void the_rules_in_force_give_the_council_thresholds() {
        RuleRecord cstdcs = types.ruleOn(type("CSTDCS"), LocalDate.of(2025, 12, 1));
        RuleRecord flag = types.ruleOn(type("CO_TD_VPTW"), LocalDate.of(2025, 12, 1));

        assertThat(cstdcs.voteRule()).isEqualTo(VoteRule.SHARE);
        assertThat(cstdcs.voteSharePercent()).isEqualTo(80);
        assertThat(flag.coefCollective()).isEqualByComparingTo("8");
        assertThat(types.ruleOn(type("LDTT"), LocalDate.of(2025, 1, 1)).voteRule()).isEqualTo(VoteRule.MAJORITY);
    }

    @Test
    void money_uses_the_base_salary_of_the_decision_date_rounded_up_to_ten_thousand() {
        Long ldtt = type("LDTT");

        // 0,3 × 2.340.000 = 702.000 → 710.000
        MoneyQuote q2025 = salaries.quote(ldtt, RecipientKind.INDIVIDUAL, LocalDate.of(2025, 1, 15));
        assertThat(q2025.baseSalary()).isEqualByComparingTo("2340000");
        assertThat(q2025.amount()).isEqualByComparingTo("710000");
        // 0,3 × 1.800.000 = 540.000 exactly: no rounding
        assertThat(salaries.quote(ldtt, RecipientKind.INDIVIDUAL, LocalDate.of(2024, 1, 15)).amount())
                .isEqualByComparingTo("540000");
        // 0,3 × 2.530.000 = 759.000 → 760.000, on a figure still marked unconfirmed
        MoneyQuote q2026 = salaries.quote(ldtt, RecipientKind.INDIVIDUAL, LocalDate.of(2026, 7, 1));
        assertThat(q2026.amount()).isEqualByComparingTo("760000");
        assertThat(q2026.baseSalaryConfirmed()).isFalse();
        // Collective coefficient: Bằng khen cấp tỉnh 3,0 × 2.340.000
        assertThat(salaries.quote(type("BK_TINH"), RecipientKind.COLLECTIVE, LocalDate.of(2025, 3, 1)).amount())
                .isEqualByComparingTo("7020000");
    }

    @Test
    void a_title_without_money_for_that_recipient_is_refused() {
        BusinessException refusal = assertRefused("error.rule.noCoefficient",
                () -> salaries.quote(type("CSTDCS"), RecipientKind.COLLECTIVE, LocalDate.of(2025, 3, 1)));
        assertThat(refusal.getArgs()).containsExactly("Chiến sĩ thi đua cơ sở");
    }

    @Test
    void a_new_rule_version_applies_from_its_date_and_the_past_stays() {
        AwardTypeRecord created = types.save(new AwardTypeRecord(null, 0, Unique.code("GK"), "Giấy khen thử nghiệm",
                AwardCategory.COMMENDATION_FORM, RecipientKind.BOTH, AwardLevel.BASE, "Chánh Văn phòng", 99, true,
                false, null));
        LocalDate today = LocalDate.now(clock);
        types.saveRule(created.id(), new RuleRecord(null, 0, today.minusYears(1), VoteRule.NONE, null,
                new BigDecimal("0.3"), new BigDecimal("0.6"), null, "Cũ", true));
        RuleRecord future = types.saveRule(created.id(), new RuleRecord(null, 0, today.plusMonths(1),
                VoteRule.NONE, null, new BigDecimal("0.5"), new BigDecimal("1.0"), null, "Mới", true));

        assertThat(types.ruleOn(created.id(), today).legalBasis()).isEqualTo("Cũ");
        assertThat(types.ruleOn(created.id(), today.plusMonths(2)).legalBasis()).isEqualTo("Mới");
        assertThat(future.editable()).isTrue();
        assertThat(types.rules(created.id())).extracting(RuleRecord::editable).containsExactly(true, false);
        assertThat(audit.trail("AwardType", created.id())).extracting(AuditService.AuditRecord::action)
                .containsExactly("RULE_ADD", "RULE_ADD", "CREATE");
    }

    @Test
    void a_rule_version_in_force_cannot_be_edited_or_deleted() {
        RuleRecord inForce = types.ruleOn(type("LDTT"), LocalDate.now(clock));

        assertRefused("error.version.inForce", "effectiveFrom", () -> types.saveRule(type("LDTT"),
                new RuleRecord(inForce.id(), inForce.version(), inForce.effectiveFrom(), VoteRule.NONE, null,
                        new BigDecimal("9"), null, null, null, true)));
        assertRefused("error.version.inForce", "effectiveFrom",
                () -> types.deleteRule(inForce.id(), inForce.version()));
        assertThat(types.rules(type("LDTT"))).extracting(RuleRecord::id).contains(inForce.id());
        assertThat(types.ruleOn(type("LDTT"), LocalDate.now(clock)).coefIndividual()).isEqualByComparingTo("0.3");
    }

    @Test
    void a_coefficient_for_a_recipient_the_award_does_not_take_is_refused() {
        assertRefused("error.rule.coefNotApplicable", "coefCollective", () -> types.saveRule(type("LDTT"),
                new RuleRecord(null, 0, LocalDate.now(clock).plusYears(5), VoteRule.MAJORITY, null,
                        new BigDecimal("0.3"), new BigDecimal("0.6"), null, null, true)));
    }

    @Test
    void base_salary_history_is_kept_and_a_duplicate_date_is_refused() {
        assertThat(salaries.all()).extracting(BaseSalaryRecord::amount).extracting(BigDecimal::longValue)
                .contains(1_490_000L, 1_800_000L, 2_340_000L, 2_530_000L);
        assertRefused("error.baseSalary.sameDate", "effectiveFrom", () -> salaries.save(new BaseSalaryRecord(null,
                0, LocalDate.of(2024, 7, 1), new BigDecimal("9999999"), null, true, true)));
        assertThat(salaries.all()).extracting(BaseSalaryRecord::amount).extracting(BigDecimal::longValue)
                .doesNotContain(9_999_999L);
    }

    @Test
    @WithUserDetails("thuongtruc")
    void the_secretary_reads_but_cannot_change_the_catalogue() {
        assertThat(types.search("co thi dua van phong trung uong", AwardCategory.EMULATION_TITLE))
                .extracting(AwardTypeRecord::code).containsExactly("CO_TD_VPTW");
        assertDenied(() -> salaries.save(new BaseSalaryRecord(null, 0, LocalDate.of(2030, 1, 1),
                new BigDecimal("3000000"), null, true, true)));
        assertThat(salaries.all()).extracting(BaseSalaryRecord::effectiveFrom)
                .doesNotContain(LocalDate.of(2030, 1, 1));
    }
}
