package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.nomination.domain.eligibility.Check;
import vn.tdkt.nomination.domain.eligibility.CheckStatus;
import vn.tdkt.nomination.domain.eligibility.Checklist;
import vn.tdkt.nomination.domain.eligibility.CriteriaVersion;
import vn.tdkt.nomination.domain.eligibility.Criterion;
import vn.tdkt.nomination.domain.eligibility.Eligibility;
import vn.tdkt.nomination.domain.eligibility.Facts;
import vn.tdkt.nomination.domain.eligibility.Verdict;
import vn.tdkt.nomination.domain.eligibility.Waiver;

class ChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Checklist ldtt(Facts facts) {
        return Eligibility.evaluate(2025, SeededVersions.of("LDTT"), facts);
    }

    @Test
    void a_failed_mandatory_criterion_blocks_submission_until_the_secretary_waives_it_with_a_reason() {
        Checklist checklist = ldtt(Facts.individual(TODAY).rated(2025, Rating.HTNV).build());

        assertThat(checklist.submittable(List.of())).isFalse();
        assertThat(checklist.verdict(List.of(new Waiver(Criterion.RATING_GOOD, "Xếp loại lại theo kết luận"))))
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(checklist.submittable(List.of(new Waiver(Criterion.NO_DISCIPLINE, "Không liên quan"))))
                .isFalse();
    }

    @Test
    void a_waiver_without_a_reason_is_refused() {
        assertThatThrownBy(() -> new Waiver(Criterion.RATING_GOOD, "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void warnings_never_block_and_are_listed_apart() {
        Checklist checklist = ldtt(Facts.individual(TODAY).rated(2025, Rating.HTTNV).awarded("LDTT", 2025).build());

        assertThat(checklist.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(checklist.warnings()).extracting(Check::criterion).containsExactly(Criterion.NOT_ALREADY_REWARDED);
    }

    @Test
    void the_checklist_keeps_the_order_of_the_rule_version() {
        Checklist checklist = ldtt(Facts.individual(TODAY).rated(2025, Rating.HTTNV).build());

        assertThat(checklist.checks()).extracting(Check::criterion).containsExactly(Criterion.RATING_GOOD,
                Criterion.NO_DISCIPLINE, Criterion.NO_PENDING_HOLD, Criterion.NOT_ALREADY_REWARDED);
    }

    @Test
    void a_version_without_criteria_or_with_an_unknown_code_is_left_to_a_person() {
        CriteriaVersion none = CriteriaVersion.of("HUAN_CHUONG", false, LocalDate.of(2024, 1, 1), "Luật", null,
                null, null, false, null, null, null, null);
        CriteriaVersion typo = CriteriaVersion.of("LDTT", false, LocalDate.of(2024, 1, 1), "Luật",
                "RATING_GOOD, RATNG_GOOD", null, null, false, null, null, null, "RATNG_GOOD=Điều 9");
        Facts facts = Facts.individual(TODAY).rated(2025, Rating.HTTNV).build();

        Checklist unstructured = Eligibility.evaluate(2025, none, facts);
        Checklist unknown = Eligibility.evaluate(2025, typo, facts);

        assertThat(unstructured.checks()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.MANUAL);
            assertThat(c.messageKey()).isEqualTo("eligibility.unstructured");
        });
        assertThat(unknown.checks().get(1).messageKey()).isEqualTo("eligibility.unknownCriterion");
        assertThat(unknown.checks().get(1).args()).containsExactly("RATNG_GOOD");
        assertThat(unknown.checks().get(1).article()).isEqualTo("Điều 9");
        assertThat(unknown.verdict()).isEqualTo(Verdict.NEEDS_CONFIRMATION);
    }

    @Test
    void no_version_in_force_at_the_end_of_the_period_is_an_error() {
        Facts facts = Facts.individual(TODAY).build();

        assertThatThrownBy(() -> Eligibility.evaluate(2016, SeededVersions.of("LDTT"), facts))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void discipline_forms_are_ordered_so_warning_or_above_is_computable() {
        assertThat(DisciplineForm.KHIEN_TRACH.atLeast(DisciplineForm.CANH_CAO)).isFalse();
        assertThat(DisciplineForm.CANH_CAO.atLeast(DisciplineForm.CANH_CAO)).isTrue();
        assertThat(DisciplineForm.CACH_CHUC.atLeast(DisciplineForm.CANH_CAO)).isTrue();
    }
}
