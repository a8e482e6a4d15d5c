package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.MoneyNote;

/** What the money of a saved award says: an amount, or why there is none. */
final class MoneyChecks {

    /** No rule version is in force before Decree 91/2017 (01/10/2017), no base salary before 01/7/2019. */
    static final LocalDate BEFORE_ANY_RULE = LocalDate.of(2017, 9, 30);

    private MoneyChecks() {
    }

    static void check(AwardRecord a, LocalDate date) {
        if (a.amount() != null) {
            assertThat(a.money()).as(a.awardName()).isEqualTo(MoneyNote.AMOUNT);
            assertThat(a.amount().remainder(java.math.BigDecimal.valueOf(10_000)).signum()).isZero();
        } else {
            assertThat(a.money()).as(a.awardName()).isEqualTo(MoneyNote.NONE_BY_RULES);
        }
        if (date.isBefore(BEFORE_ANY_RULE)) {
            assertThat(a.money()).as(a.awardName() + " before any rule").isEqualTo(MoneyNote.NONE_BY_RULES);
        }
    }
}
