package vn.tdkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.catalog.service.BaseSalaryService.BaseSalaryRecord;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/**
 * A base salary reported before its text is out ("chưa chính thức") stays open to the
 * administrator once in force: corrected and confirmed, with its audit record. Each test rolls
 * back, so the seeded, unconfirmed 2.530.000 đ of 01/7/2026 stays as other tests expect it.
 */
@IntegrationTest
@WithUserDetails("quantri")
class BaseSalaryConfirmationTest {

    private static final LocalDate JULY_2026 = LocalDate.of(2026, 7, 1);

    @Autowired
    BaseSalaryService salaries;
    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;
    @Autowired
    TestData data;

    private BaseSalaryRecord july2026() {
        return salaries.all().stream().filter(s -> s.effectiveFrom().equals(JULY_2026)).findFirst().orElseThrow();
    }

    @Test
    @Transactional
    void an_unconfirmed_base_in_force_is_corrected_and_confirmed_and_then_locked() {
        BaseSalaryRecord reported = july2026();
        assertThat(reported.confirmed()).isFalse();
        assertThat(reported.editable()).as("open to the administrator while unconfirmed").isTrue();
        DecisionDetails computed = runAs.as("thuongtruc", () -> {
            DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("van phong tinh uy quang tri"),
                    Unique.code("LCS").replace("_", "-") + "-QĐ/VPTU", LocalDate.of(2026, 8, 3), "Người ký", null,
                    null, 2025, 2025, null, null), null);
            return awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                    data.unit("phong tong hop van phong tinh uy quang tri"), data.award("TTLDTT"), 1, null, null,
                    null), null);
        });
        assertThat(computed.baseWarning()).isNotNull();
        assertThat(computed.baseWarning().corrected()).isFalse();

        assertRefused("error.version.inForce", "effectiveFrom", () -> salaries.save(new BaseSalaryRecord(
                reported.id(), reported.version(), LocalDate.of(2026, 8, 1), reported.amount(),
                reported.legalBasis(), false, true)));
        BaseSalaryRecord confirmed = salaries.save(new BaseSalaryRecord(reported.id(), reported.version(), JULY_2026,
                new BigDecimal("2500000"), "Nghị định (giả định trong thử nghiệm)", true, true));

        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.amount()).isEqualByComparingTo("2500000");
        assertThat(confirmed.editable()).as("confirmed and in force: history").isFalse();
        assertThat(audit.trail("BaseSalary", reported.id()).getFirst()).satisfies((AuditRecord r) -> {
            assertThat(r.action()).isEqualTo("UPDATE");
            assertThat(r.username()).isEqualTo("quantri");
            assertThat(r.summary()).contains("01/07/2026", "Mức lương cơ sở: 2.530.000 → 2.500.000",
                    "Chính thức: không → có");
        });
        // The decision computed on the reported figure now says that the base was corrected.
        DecisionDetails after = decisions.get(computed.id());
        assertThat(after.baseWarning().corrected()).isTrue();
        assertThat(after.baseWarning().usedAmount()).isEqualByComparingTo("2530000");
        assertRefused("error.version.inForce", "effectiveFrom", () -> salaries.save(new BaseSalaryRecord(
                confirmed.id(), confirmed.version(), JULY_2026, new BigDecimal("2600000"), null, true, true)));
    }
}
