package vn.tdkt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.council.service.IssuingService;
import vn.tdkt.council.service.IssuingService.IssueCandidate;
import vn.tdkt.council.service.IssuingService.IssueDraft;
import vn.tdkt.council.service.IssuingService.IssueGroup;
import vn.tdkt.council.service.IssuingService.IssuePlan;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.OwnDocumentService.SubmissionRecord;
import vn.tdkt.decision.service.SubmissionDocuments;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.NominationService.NominationRow;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;
import vn.tdkt.support.DocumentText;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/**
 * The secretary issues a round's outcome after the council: this office's decision for the
 * awards it confers (LĐTT, CSTĐCS, TTLĐTT), the tờ trình for the one a higher body decides
 * (CSTĐ cấp tỉnh). Rounds of the demo office (numbering {n}-QĐ/VPTU in the 2025–2030 term),
 * taken to the council on the test clock's day, 20/11/2026.
 */
@IntegrationTest
@WithUserDetails("thuongtruc")
class IssuingServiceTest {

    private static final String OFFICER = "canbo.tonghop";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    IssuingService issuing;
    @Autowired
    AwardRoundService rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    AwardTypeService awardTypes;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubmissionDocuments submissionDocuments;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    private Long tongHop;
    private List<StaffMember> staff;

    private CouncilRounds given;

    @BeforeEach
    void setUp() {
        tongHop = data.unit("phong tong hop van phong tinh uy quang tri");
        staff = people.staffOf(tongHop);
        given = new CouncilRounds(rounds, nominations, run, data.unit("van phong tinh uy quang tri"), tongHop);
    }

    private static IssueDraft draft(List<Long> ids, LocalDate date) {
        return new IssueDraft(ids, date, "Nguyễn Khánh Vũ", "Chánh Văn phòng Tỉnh ủy", null, null);
    }

    private List<Long> passed(IssuePlan plan, boolean own) {
        return plan.groups().stream().filter(g -> g.ownDecision() == own).flatMap(g -> g.passed().stream())
                .map(IssueCandidate::nominationId).toList();
    }

    @Test
    void the_secretary_issues_the_decision_and_the_submission_and_the_round_can_then_be_decided() {
        RoundDetails round = given.open(Set.of(data.award("LDTT"), data.award("CSTDCS"), data.award("TTLDTT"),
                data.award("CSTD_TINH")));
        Long ldttA = given.accepted(round, RecipientKind.INDIVIDUAL, staff.get(1).personId(), data.award("LDTT"));
        Long ldttB = given.accepted(round, RecipientKind.INDIVIDUAL, staff.get(2).personId(), data.award("LDTT"));
        Long failed = given.accepted(round, RecipientKind.INDIVIDUAL, staff.get(3).personId(), data.award("LDTT"));
        Long collective = given.accepted(round, RecipientKind.COLLECTIVE, null, data.award("TTLDTT"));
        Long province = given.accepted(round, RecipientKind.INDIVIDUAL, staff.get(0).personId(),
                data.award("CSTD_TINH"));
        assertRefused("error.issuing.roundNotAtCouncil", () -> issuing.issueDecision(round.id(),
                draft(List.of(ldttA), TODAY)));
        RoundDetails council = given.atCouncil(round);
        nominations.recordCouncilVerdict(List.of(ldttA, ldttB, collective, province), true, "Biểu quyết thông qua");
        nominations.recordCouncilVerdict(List.of(failed), false, "Không đủ tỷ lệ");
        assertRefused("error.issuing.roundNotDone", () -> rounds.step(council.id(), rounds.get(council.id())
                .version(), RoundStatus.DECIDED, null));

        IssuePlan plan = issuing.plan(round.id(), TODAY);
        assertThat(plan.earliestDate()).isEqualTo(TODAY);
        // A date no party-committee term covers yet: the plan shows no next number instead of failing.
        assertThat(issuing.plan(round.id(), LocalDate.of(2036, 1, 5)).nextDecision()).isNull();
        assertThat(plan.groups()).extracting(IssueGroup::awardName, IssueGroup::ownDecision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tập thể lao động tiên tiến", true),
                org.assertj.core.groups.Tuple.tuple("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", false),
                org.assertj.core.groups.Tuple.tuple("Lao động tiên tiến", true));
        // The candidate the council did not pass is not offered.
        assertThat(plan.groups().stream().flatMap(g -> g.candidates().stream()).map(IssueCandidate::nominationId))
                .doesNotContain(failed);
        // Money on 20/11/2026 (base 2.530.000 đ): TTLĐTT 0,8 → 2.024.000 → 2.030.000; LĐTT 0,3 → 760.000.
        assertThat(plan.groups().getFirst().candidates().getFirst().amount()).isEqualByComparingTo("2030000");
        assertThat(plan.groups().getLast().candidates()).extracting(IssueCandidate::amount)
                .containsOnly(new BigDecimal("760000"));

        // Refusals: a candidate the council did not pass, an award the higher body decides, dates.
        List<Long> own = passed(plan, true);
        assertThat(own).containsExactly(collective, ldttA, ldttB);
        assertThat(Notifications.describe(null, assertRefused("error.issuing.notPassed",
                () -> issuing.issueDecision(round.id(), draft(List.of(ldttA, failed), TODAY)))))
                .startsWith(staff.get(3).fullName() + " (Lao động tiên tiến) chưa được Hội đồng thông qua");
        assertRefused("error.issuing.higherAward", () -> issuing.issueDecision(round.id(),
                draft(List.of(province), TODAY)));
        assertRefused("error.issuing.beforeMeeting", "decisionDate", () -> issuing.issueDecision(round.id(),
                draft(own, TODAY.minusDays(1))));
        assertRefused("error.decision.futureDate", "decisionDate", () -> issuing.issueDecision(round.id(),
                draft(own, TODAY.plusDays(1))));
        assertDenied(() -> run.as(OFFICER, () -> issuing.issueDecision(round.id(), draft(own, TODAY))));

        String expected = plan.nextDecision();
        Integer bookBefore = jdbc.queryForObject("SELECT MAX(register_no) FROM dc_award WHERE issuer_unit_id = ?",
                Integer.class, council.officeUnitId());
        DecisionDetails decision = issuing.issueDecision(round.id(), draft(own, TODAY));

        assertThat(decision.docNumber()).isEqualTo(expected);
        // Collectives first, then people; số sổ vàng continue the office's book.
        assertThat(decision.awards()).extracting(AwardRecord::name, AwardRecord::registerNo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(decision.awards().getFirst().name(), bookBefore + 1),
                org.assertj.core.groups.Tuple.tuple(staff.get(1).fullName(), bookBefore + 2),
                org.assertj.core.groups.Tuple.tuple(staff.get(2).fullName(), bookBefore + 3));
        assertThat(decision.awards().getFirst().kind()).isEqualTo(RecipientKind.COLLECTIVE);
        assertThat(decision.totalAmount()).isEqualByComparingTo("3550000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dc_award WHERE decision_id = ? AND state = 'ACTIVE'",
                Long.class, decision.id())).isEqualTo(3);
        assertRefused("error.issuing.alreadyIssued", () -> issuing.issueDecision(round.id(), draft(own, TODAY)));

        SubmissionRecord submission = issuing.forward(round.id(), draft(List.of(province), TODAY));
        assertThat(submission.docNumber()).endsWith("-TTr/VPTU");
        assertThat(submission.addressee()).isEqualTo("Bộ, ban, ngành, tỉnh");
        assertThat(submission.subject()).isEqualTo(
                "Về việc đề nghị tặng Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh năm 2026");
        assertThat(submission.lines()).extracting(l -> l.name()).containsExactly(staff.get(0).fullName());
        // The tờ trình prints, as Word to edit and as PDF, with its number, addressee and list.
        for (GeneratedFile file : List.of(submissionDocuments.docx(submission.id()),
                submissionDocuments.pdf(submission.id()))) {
            assertThat(DocumentText.of(file)).contains("TỜ TRÌNH", submission.docNumber(),
                    "Kính gửi: Bộ, ban, ngành, tỉnh", staff.get(0).fullName(),
                    "Kính trình Bộ, ban, ngành, tỉnh xem xét",
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG");
        }

        assertThat(nominations.candidates(round.id())).extracting(NominationRow::id, NominationRow::status)
                .contains(org.assertj.core.groups.Tuple.tuple(ldttA, NominationStatus.DECIDED),
                        org.assertj.core.groups.Tuple.tuple(collective, NominationStatus.DECIDED),
                        org.assertj.core.groups.Tuple.tuple(province, NominationStatus.FORWARDED),
                        org.assertj.core.groups.Tuple.tuple(failed, NominationStatus.NOT_PASSED));
        assertThat(issuing.plan(round.id(), TODAY).roundDone()).isTrue();
        assertThat(rounds.step(council.id(), rounds.get(council.id()).version(), RoundStatus.DECIDED, null).status())
                .isEqualTo(RoundStatus.DECIDED);
        assertThat(audit.trail("AwardRound", round.id())).extracting(AuditRecord::action)
                .contains("ISSUE_DECISION", "FORWARD");
        assertThat(audit.trail("Nomination", ldttA)).extracting(AuditRecord::action).contains("DECIDE");
    }

    @Test
    void when_the_register_write_fails_half_way_nothing_is_issued_and_no_number_is_used() {
        // A commendation of the office's own that, after the council, is narrowed to collectives only:
        // the collective's line is written first, then the person's line is refused.
        AwardTypeRecord type = run.as("quantri", () -> awardTypes.save(new AwardTypeRecord(null, 0,
                Unique.code("GKT").replace("-", "_"), "Giấy khen thử " + Unique.code("GK"),
                AwardCategory.COMMENDATION_FORM, RecipientKind.BOTH, AwardLevel.BASE, "Chánh Văn phòng", 99, true,
                false, null)));
        run.as("quantri", () -> awardTypes.saveRule(type.id(), new AwardTypeService.RuleRecord(null, 0,
                LocalDate.of(2024, 1, 1), VoteRule.NONE, null, new BigDecimal("0.3"), new BigDecimal("0.6"), null, null,
                true)));
        RoundDetails round = given.open(Set.of(type.id()));
        Long unit = given.accepted(round, RecipientKind.COLLECTIVE, null, type.id());
        Long person = given.accepted(round, RecipientKind.INDIVIDUAL, staff.get(4).personId(), type.id());
        given.atCouncil(round);
        nominations.recordCouncilVerdict(List.of(unit, person), true, null);
        AwardTypeRecord current = awardTypes.get(type.id());
        run.as("quantri", () -> awardTypes.save(new AwardTypeRecord(current.id(), current.version(), current.code(),
                current.name(), current.category(), RecipientKind.COLLECTIVE, current.level(),
                current.conferringAuthority(), current.precedence(), true, false, null)));
        String next = issuing.plan(round.id(), TODAY).nextDecision();
        long awardsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM dc_award", Long.class);

        assertRefused("error.award.collectiveOnly", "awardType", () -> issuing.issueDecision(round.id(),
                draft(List.of(unit, person), TODAY)));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dc_award", Long.class)).isEqualTo(awardsBefore);
        assertThat(issuing.plan(round.id(), TODAY).nextDecision()).isEqualTo(next);
        assertThat(nominations.candidates(round.id())).extracting(NominationRow::status)
                .containsOnly(NominationStatus.PASSED);
        // Issued for the collective alone, it takes the very number the failed attempt had.
        assertThat(issuing.issueDecision(round.id(), draft(List.of(unit), TODAY)).docNumber()).isEqualTo(next);
    }

    @Test
    void two_secretaries_issuing_the_same_candidates_at_the_same_moment_make_one_decision_with_one_number()
            throws Exception {
        RoundDetails round = given.open(Set.of(data.award("LDTT")));
        List<Long> ids = List.of(
                given.accepted(round, RecipientKind.INDIVIDUAL, staff.get(5).personId(), data.award("LDTT")),
                given.accepted(round, RecipientKind.INDIVIDUAL, staff.get(6).personId(), data.award("LDTT")));
        given.atCouncil(round);
        nominations.recordCouncilVerdict(ids, true, null);
        String next = issuing.plan(round.id(), TODAY).nextDecision();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<String> issue = () -> {
                start.await();
                return run.as("thuongtruc", () -> {
                    try {
                        return issuing.issueDecision(round.id(), draft(ids, TODAY)).docNumber();
                    } catch (RuntimeException refused) {
                        return "refused: " + Notifications.describe(null, refused);
                    }
                });
            };
            results.add(pool.submit(issue));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce(next);
        assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dc_decision WHERE doc_number = ? AND decision_date = ?",
                Long.class, next, TODAY))
                .isEqualTo(1);
        String after = issuing.plan(round.id(), TODAY).nextDecision();
        assertThat(Integer.parseInt(after.substring(0, after.indexOf('-'))))
                .isEqualTo(Integer.parseInt(next.substring(0, next.indexOf('-'))) + 1);
    }
}
