package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.NumberingService;
import vn.tdkt.decision.service.NumberingService.NumberingForm;
import vn.tdkt.decision.service.NumberingService.NumberingRecord;
import vn.tdkt.decision.service.NumberingService.TermRecord;
import vn.tdkt.decision.service.OwnDocumentService;
import vn.tdkt.decision.service.OwnDocumentService.IssueForm;
import vn.tdkt.decision.service.OwnDocumentService.IssuedLine;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/**
 * The office's own number sequences: consecutive numbers however many secretaries issue at
 * once, a failed issue giving its number back, numbers recorded once per term or year however
 * typed, the số sổ vàng book running on. Each test numbers for an issuing body of its own.
 */
@IntegrationTest
@WithUserDetails("thuongtruc")
class OwnNumberingTest {

    @Autowired
    NumberingService numbering;
    @Autowired
    OwnDocumentService documents;
    @Autowired
    DecisionService decisions;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    private List<StaffMember> staff;

    @BeforeEach
    void setUp() {
        staff = people.staffOf(data.unit("phong tong hop van phong tinh uy quang tri"));
    }

    private static String code(Long issuer, NumberingService numbering) {
        String pattern = numbering.numberings(issuer).getFirst().pattern();
        return pattern.substring(pattern.indexOf('/') + 1);
    }

    private IssueForm decision(Long issuer, LocalDate date, IssuedLine... lines) {
        return new IssueForm(issuer, date, "Nguyễn Khánh Vũ", "Chánh Văn phòng", "Đã có thành tích năm 2026", 2026,
                2026, null, null, null, null, null, List.of(lines));
    }

    private IssuedLine person(int index, String award) {
        return new IssuedLine(RecipientKind.INDIVIDUAL, staff.get(index).personId(), null, data.award(award), null,
                null, null);
    }

    @Test
    void secretaries_issuing_at_the_same_moment_get_consecutive_numbers_and_a_failed_issue_gives_its_number_back()
            throws Exception {
        Long issuer = PartyIssuers.create(run, units, numbering);
        String code = code(issuer, numbering);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            // Every third issue fails after its number was taken: LĐTT cannot go to a collective.
            IssuedLine line = i % 3 == 2 ? new IssuedLine(RecipientKind.COLLECTIVE, null,
                    data.unit("phong tong hop van phong tinh uy quang tri"), data.award("LDTT"), null, null, null)
                    : person(i % staff.size(), "LDTT");
            Callable<String> issue = () -> {
                start.await();
                return run.as("thuongtruc", () -> {
                    try {
                        return documents.issueDecision(decision(issuer, LocalDate.of(2026, 11, 20), line)).docNumber();
                    } catch (BusinessException refused) {
                        return "refused " + refused.getMessageKey();
                    }
                });
            };
            results.add(pool.submit(issue));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : results) {
            numbers.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(numbers).filteredOn(n -> n.startsWith("refused")).hasSize(2)
                .containsOnly("refused error.award.individualOnly");
        assertThat(numbers).filteredOn(n -> !n.startsWith("refused")).containsExactlyInAnyOrder(
                "1-QĐ/" + code, "2-QĐ/" + code, "3-QĐ/" + code, "4-QĐ/" + code, "5-QĐ/" + code, "6-QĐ/" + code);
        // The số sổ vàng book ran on across the six decisions, one number each, none twice.
        assertThat(jdbc.queryForList("SELECT register_no FROM dc_award WHERE issuer_unit_id = ? ORDER BY register_no",
                Integer.class, issuer)).containsExactly(1, 2, 3, 4, 5, 6);
        NumberingRecord n = numbering.numberings(issuer).getFirst();
        assertThat(n.lastNumber()).isEqualTo(6);
        assertThat(n.nextNumber()).isEqualTo("7-QĐ/" + code);
        assertThat(n.currentPeriod()).isEqualTo("Nhiệm kỳ 2025–2030");
    }

    @Test
    void an_issued_decision_is_in_the_register_with_money_rounded_up_and_the_book_running_on() {
        Long issuer = PartyIssuers.create(run, units, numbering);
        String code = code(issuer, numbering);
        DecisionDetails first = documents.issueDecision(decision(issuer, LocalDate.of(2026, 11, 2),
                person(0, "CSTDCS"), person(1, "LDTT")));
        DecisionDetails second = documents.issueDecision(decision(issuer, LocalDate.of(2026, 11, 3),
                person(2, "LDTT")));

        assertThat(first.docNumber()).isEqualTo("1-QĐ/" + code);
        assertThat(first.status()).isEqualTo(DecisionStatus.RECORDED);
        assertThat(first.source()).isEqualTo(DecisionSource.ISSUED);
        // Base salary in force on 02/11/2026 (2.530.000 đ): CSTĐCS 1,0 → 2.530.000; LĐTT 0,3 × 2.530.000 =
        // 759.000 → rounded up to 760.000 đ.
        assertThat(first.awards()).extracting(AwardRecord::registerNo, AwardRecord::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("2530000")),
                org.assertj.core.groups.Tuple.tuple(2, new BigDecimal("760000")));
        assertThat(first.totalAmount()).isEqualByComparingTo("3290000");
        assertThat(second.docNumber()).isEqualTo("2-QĐ/" + code);
        assertThat(second.awards()).extracting(AwardRecord::registerNo).containsExactly(3);
        assertThat(audit.trail("AwardDecision", first.id())).extracting(AuditRecord::action).contains("ISSUE");
        assertThat(Notifications.describe(null, assertRefused("error.decision.futureDate", "decisionDate",
                () -> documents.issueDecision(decision(issuer, LocalDate.of(2026, 11, 21), person(3, "LDTT"))))))
                .isEqualTo("Ngày không được sau hôm nay.");
    }

    @Test
    void a_number_typed_by_hand_is_passed_over_by_the_sequence_and_cannot_be_typed_twice_in_the_term() {
        Long issuer = PartyIssuers.create(run, units, numbering);
        String code = code(issuer, numbering);
        decisions.save(new DecisionForm(null, 0, issuer, "01-QD/" + code.toLowerCase(), LocalDate.of(2025, 11, 3),
                null, null, null, 2025, 2025, null, null), null);
        // Another date, another year, the same term, typed otherwise: the same number.
        BusinessException refused = assertRefused("error.decision.duplicateNumberInTerm", "docNumber",
                () -> decisions.save(new DecisionForm(null, 0, issuer, "Số 1–QĐ/" + code, LocalDate.of(2026, 3, 1),
                        null, null, null, 2025, 2025, null, null), null));
        assertThat(Notifications.describe(null, refused)).contains("01-QD/" + code.toLowerCase(), "03/11/2025",
                "Nhiệm kỳ 2025–2030");

        assertThat(documents.issueDecision(decision(issuer, LocalDate.of(2026, 11, 4), person(0, "LDTT")))
                .docNumber()).isEqualTo("2-QĐ/" + code);
        // Before the term: numbered per year, so the number is free there.
        assertThat(decisions.save(new DecisionForm(null, 0, issuer, "1-QĐ/" + code, LocalDate.of(2025, 10, 1),
                null, null, null, 2025, 2025, null, null), null).id()).isNotNull();
    }

    @Test
    void the_numbering_is_set_up_with_a_valid_pattern_and_a_term_and_may_continue_a_paper_register() {
        Long issuer = PartyIssuers.create(run, units, numbering);
        String code = code(issuer, numbering);
        assertRefused("error.numbering.pattern", "pattern", () -> numbering.save(new NumberingForm(null, 0, issuer,
                DocumentKind.SUBMISSION, "TTr/" + code)));
        assertRefused("error.numbering.exists", "kind", () -> numbering.save(new NumberingForm(null, 0, issuer,
                DocumentKind.DECISION, "{n}-QĐ/" + code)));
        assertRefused("error.numbering.termOverlap", "startsOn", () -> numbering.saveTerm(new TermRecord(null, 0,
                issuer, "Nhiệm kỳ chồng", LocalDate.of(2030, 1, 1), LocalDate.of(2035, 1, 1))));
        assertRefused("error.numbering.noTerm", "decisionDate", () -> documents.issueDecision(decision(issuer,
                LocalDate.of(2025, 10, 14), person(0, "LDTT"))));

        NumberingRecord n = numbering.numberings(issuer).getFirst();
        NumberingRecord continued = numbering.setLastNumber(n.id(), n.version(), LocalDate.of(2026, 11, 20), 37);
        assertThat(continued.nextNumber()).isEqualTo("38-QĐ/" + code);
        assertThat(documents.issueDecision(decision(issuer, LocalDate.of(2026, 11, 20), person(0, "LDTT")))
                .docNumber()).isEqualTo("38-QĐ/" + code);
        assertThat(audit.trail("Numbering", n.id())).extracting(AuditRecord::action)
                .contains("CREATE", "SET_LAST_NUMBER");

        // State style: per calendar year, zero-padded as the pattern says.
        NumberingRecord state = numbering.save(new NumberingForm(null, 0, issuer, DocumentKind.SUBMISSION,
                "{nn}/TTr-" + code));
        assertThat(state.byTerm()).isFalse();
        assertThat(state.nextNumber()).isEqualTo("01/TTr-" + code);
    }

    @Test
    void every_recorded_decision_carries_the_identity_and_period_of_its_number() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dc_decision WHERE number_ident IS NULL "
                + "OR number_period IS NULL", Long.class)).isZero();
        // The demo office's decision of January 2026 is numbered in the term that began in October 2025.
        assertThat(jdbc.queryForList("SELECT number_period FROM dc_decision WHERE doc_number = '3-QĐ/VPTU' "
                + "ORDER BY decision_date", String.class)).containsExactly("T2015-10-15", "T2025-10-15");
    }
}
