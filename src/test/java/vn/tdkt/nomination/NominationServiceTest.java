package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.domain.eligibility.CheckStatus;
import vn.tdkt.nomination.domain.eligibility.Criterion;
import vn.tdkt.nomination.domain.eligibility.Verdict;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.NominationService.NominationDetails;
import vn.tdkt.nomination.service.NominationService.NominationForm;
import vn.tdkt.nomination.service.NominationService.NominationRow;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.PublicationService.ObjectionRecord;
import vn.tdkt.nomination.service.PublicationService;
import vn.tdkt.nomination.service.RoundOverviewService;
import vn.tdkt.nomination.service.SuggestionService;
import vn.tdkt.nomination.service.SuggestionService.Suggestion;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/**
 * A unit's proposals through review and publication, on the demo office (Phòng Tổng hợp of
 * Văn phòng Tỉnh ủy Quảng Trị; the test clock is 20/11/2026) in rounds of this test's own.
 */
@IntegrationTest
@WithUserDetails("thuongtruc")
class NominationServiceTest {

    private static final String OFFICER = "canbo.tonghop";
    private static final AchievementReport REPORT = new AchievementReport("Tham mưu tổng hợp",
            "Hoàn thành xuất sắc các báo cáo của Thường trực Tỉnh ủy", "Ứng dụng phần mềm theo dõi văn bản", null);

    @Autowired
    AwardRoundService rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    PublicationService publication;
    @Autowired
    RoundOverviewService overview;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    private Long tongHop;
    private List<StaffMember> staff;

    @BeforeEach
    void setUp() {
        tongHop = data.unit("phong tong hop van phong tinh uy quang tri");
        staff = people.staffOf(tongHop);
    }

    /** A round of this year receiving until {@code deadline}, its public period from the 20th to the 30th. */
    private RoundDetails round(LocalDate deadline) {
        return rounds.save(new RoundForm(null, 0, Unique.code("Đợt thử hồ sơ"), RoundKind.TONG_KET_NAM, 2026, 2026,
                null, DecidingBody.OWN_COUNCIL, null, data.unit("van phong tinh uy quang tri"), Set.of(),
                Set.of(data.award("LDTT"), data.award("CSTDCS"), data.award("CSTD_TINH"), data.award("TTLDTT")),
                deadline, deadline, deadline, deadline.plusDays(10)));
    }

    private RoundDetails round() {
        return round(LocalDate.of(2026, 12, 1));
    }

    private static NominationForm form(RoundDetails round, Long unit, Long person, Long award) {
        return new NominationForm(null, 0, round.id(), unit, RecipientKind.INDIVIDUAL, person, null, award,
                "Hoàn thành tốt nhiệm vụ năm 2026", REPORT, new UnitMeeting(LocalDate.of(2026, 11, 15), 9, 10, null),
                List.of());
    }

    private NominationForm form(RoundDetails round, StaffMember person, String award) {
        return form(round, tongHop, person.personId(), data.award(award));
    }

    private static NominationForm edit(NominationDetails d, String summary) {
        NominationRow r = d.row();
        return new NominationForm(r.id(), r.version(), r.roundId(), r.unitId(), r.kind(), r.personId(),
                r.recipientUnitId(), r.awardTypeId(), summary, d.report(), d.meeting(), d.evidence());
    }

    private NominationDetails propose(NominationForm form) {
        return run.as(OFFICER, () -> nominations.save(form));
    }

    private NominationDetails submit(NominationDetails d) {
        return run.as(OFFICER, () -> nominations.submit(d.row().id(), d.row().version()));
    }

    @Test
    void an_officer_proposes_submits_gets_it_back_for_supplement_and_resubmits_every_version_kept() {
        RoundDetails round = round();
        NominationDetails draft = propose(form(round, staff.get(1), "LDTT"));

        assertThat(draft.row().status()).isEqualTo(NominationStatus.DRAFT);
        assertThat(draft.row().recipientName()).isEqualTo(staff.get(1).fullName());
        // The 2026 rating is not in yet: the checklist asks to confirm it, it does not refuse.
        assertThat(draft.checklist().check(Criterion.RATING_GOOD).status()).isEqualTo(CheckStatus.MANUAL);
        assertThat(draft.checklist().check(Criterion.REGISTRATION).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(draft.rights().submit()).isTrue();

        NominationDetails submitted = submit(draft);
        assertThat(submitted.row().status()).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(submitted.rights().edit()).isFalse();

        NominationDetails returned = nominations.review(submitted.row().id(), submitted.row().version(),
                NominationStatus.RETURNED, "Bổ sung biên bản họp xét của phòng");
        assertThat(returned.row().reviewComment()).isEqualTo("Bổ sung biên bản họp xét của phòng");

        NominationDetails fixed = run.as(OFFICER, () -> nominations.save(edit(returned,
                "Hoàn thành tốt nhiệm vụ; đã bổ sung biên bản")));
        NominationDetails again = submit(fixed);
        NominationDetails accepted = nominations.review(again.row().id(), again.row().version(),
                NominationStatus.ACCEPTED, null);

        assertThat(accepted.row().status()).isEqualTo(NominationStatus.ACCEPTED);
        assertThat(accepted.revisions()).extracting(r -> r.revision() + " " + r.summary()).containsExactly(
                "1 Hoàn thành tốt nhiệm vụ năm 2026", "2 Hoàn thành tốt nhiệm vụ; đã bổ sung biên bản");
        assertThat(accepted.steps()).extracting(s -> s.from() + "→" + s.to() + " " + s.by()).containsExactly(
                "DRAFT→SUBMITTED canbo.tonghop", "SUBMITTED→RETURNED thuongtruc",
                "RETURNED→SUBMITTED canbo.tonghop", "SUBMITTED→ACCEPTED thuongtruc");
        assertThat(audit.trail("Nomination", accepted.row().id())).extracting(AuditRecord::action)
                .contains("CREATE", "SUBMIT", "RETURN", "UPDATE", "ACCEPT");

        // After the council: an accepted dossier passes or not, a passed one is decided; nothing skips a step.
        Long id = accepted.row().id();
        assertRefused("error.nomination.step", () -> nominations.recordIssued(List.of(id), false, null));
        nominations.recordCouncilVerdict(List.of(id), true, "9/9 tán thành");
        assertRefused("error.nomination.step", () -> nominations.recordCouncilVerdict(List.of(id), false, null));
        nominations.recordIssued(List.of(id), false, "Quyết định số 12-QĐ/VPTU");
        assertThat(nominations.candidates(round.id())).extracting(NominationRow::id, NominationRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, NominationStatus.DECIDED));
        assertThat(audit.trail("Nomination", id)).extracting(AuditRecord::action).startsWith("DECIDE", "COUNCIL_PASS");
        assertDenied(() -> run.as(OFFICER, () -> nominations.recordCouncilVerdict(List.of(id), false, null)));
    }

    @Test
    void a_failed_mandatory_criterion_blocks_submission_until_the_secretary_waives_it_with_a_reason() {
        RoundDetails round = round();
        // Someone of the department who is not on a CSTĐCS streak.
        StaffMember person = staff.getLast();
        NominationDetails draft = propose(form(round, person, "CSTD_TINH"));
        assertThat(draft.checklist().check(Criterion.STREAK_CSTDCS).status()).isEqualTo(CheckStatus.FAILED);
        assertThat(draft.row().verdict()).isEqualTo(Verdict.BLOCKED);

        BusinessException refused = assertRefused("error.nomination.blocked", () -> submit(draft));
        assertThat(Notifications.describe(null, refused)).startsWith("Chưa nộp được hồ sơ của " + person.fullName())
                .contains("\"Chiến sĩ thi đua cơ sở liên tục\"");
        assertRefused("error.nomination.waiverReason", "waiverReason",
                () -> nominations.waive(draft.row().id(), draft.row().version(), Criterion.STREAK_CSTDCS, " "));

        NominationDetails waived = draft;
        for (var check : draft.checklist().checks()) {
            if (check.blocks()) {
                NominationDetails current = waived;
                waived = nominations.waive(current.row().id(), current.row().version(), check.criterion(),
                        "Hội đồng xem xét thành tích đặc biệt");
            }
        }
        assertThat(waived.waivers()).extracting(w -> w.by()).containsOnly("thuongtruc");
        assertThat(waived.row().verdict()).isNotEqualTo(Verdict.BLOCKED);
        assertThat(submit(waived).row().status()).isEqualTo(NominationStatus.SUBMITTED);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_saved() {
        RoundDetails round = round();
        StaffMember person = staff.get(2);
        propose(form(round, person, "LDTT"));

        BusinessException twice = assertRefused("error.nomination.duplicate", "person",
                () -> propose(form(round, person, "LDTT")));
        assertThat(Notifications.describe(null, twice)).contains(person.fullName(), "Lao động tiên tiến");
        assertRefused("error.nomination.awardNotInRound", "awardType",
                () -> propose(form(round, person, "BK_TINH")));
        assertRefused("error.nomination.awardNotForPerson", "awardType",
                () -> propose(form(round, person, "TTLDTT")));
        Long otherUnitPerson = people.staffOf(data.unit("phong hanh chinh luu tru van phong tinh uy quang tri"))
                .getFirst().personId();
        assertDenied(() -> propose(form(round, data.unit("phong hanh chinh luu tru van phong tinh uy quang tri"),
                otherUnitPerson, data.award("LDTT"))));
        assertRefused("error.nomination.personNotInUnit", "person",
                () -> propose(form(round, tongHop, otherUnitPerson, data.award("LDTT"))));
        NominationForm votes = form(round, staff.get(3), "LDTT");
        assertRefused("error.nomination.votesOverTotal", "votesFor", () -> propose(new NominationForm(null, 0,
                votes.roundId(), votes.unitId(), votes.kind(), votes.personId(), null, votes.awardTypeId(),
                votes.summary(), votes.report(), new UnitMeeting(LocalDate.of(2026, 11, 15), 11, 10, null),
                List.of())));
        NominationForm noReport = new NominationForm(null, 0, votes.roundId(), votes.unitId(), votes.kind(),
                votes.personId(), null, votes.awardTypeId(), votes.summary(), AchievementReport.EMPTY,
                UnitMeeting.NONE, List.of());
        NominationDetails bare = propose(noReport);
        assertRefused("error.nomination.reportMissing", "report", () -> submit(bare));
        assertThat(nominations.get(bare.row().id()).row().status()).isEqualTo(NominationStatus.DRAFT);

        RoundDetails closed = round(LocalDate.of(2026, 11, 19));
        assertRefused("error.nomination.roundClosed", () -> propose(form(closed, person, "LDTT")));
    }

    @Test
    void an_officer_sees_and_changes_only_the_own_unit_and_a_stale_form_names_who_changed_it() {
        RoundDetails round = round();
        Long hanhChinh = data.unit("phong hanh chinh luu tru van phong tinh uy quang tri");
        Long stranger = people.staffOf(hanhChinh).getFirst().personId();
        NominationDetails theirs = nominations.save(form(round, hanhChinh, stranger, data.award("LDTT")));
        NominationDetails mine = propose(form(round, staff.get(4), "LDTT"));

        assertThat(run.as(OFFICER, () -> nominations.list(round.id(), null))).extracting(NominationRow::id)
                .containsExactly(mine.row().id());
        assertThat(run.as(OFFICER, () -> nominations.list(round.id(), hanhChinh))).extracting(NominationRow::id)
                .containsExactly(mine.row().id());
        assertDenied(() -> run.as(OFFICER, () -> nominations.get(theirs.row().id())));
        assertDenied(() -> run.as(OFFICER, () -> nominations.save(edit(theirs, "Sửa hộ"))));
        assertDenied(() -> run.as(OFFICER, () -> nominations.submit(theirs.row().id(), theirs.row().version())));
        // Drafts are the unit's: a viewer never reads them.
        assertDenied(() -> run.as("xem", () -> nominations.get(mine.row().id())));

        nominations.save(edit(mine, "Thường trực sửa tóm tắt"));
        BusinessException stale = assertRefused("error.nomination.changedBy",
                () -> propose(edit(mine, "Cán bộ sửa cùng lúc")));
        assertThat(Notifications.describe(null, stale)).startsWith("Hồ sơ vừa được thuongtruc sửa lúc ");
        assertThat(nominations.get(mine.row().id()).summary()).isEqualTo("Thường trực sửa tóm tắt");
    }

    @Test
    void the_list_is_published_after_review_staff_object_and_the_council_waits_for_every_answer() throws Exception {
        RoundDetails round = round(LocalDate.of(2026, 11, 20));
        NominationDetails a = submit(propose(form(round, staff.get(1), "LDTT")));
        NominationDetails b = submit(propose(form(round, staff.get(2), "LDTT")));
        RoundDetails reviewing = rounds.step(round.id(), round.version(), RoundStatus.REVIEWING, null);

        assertRefused("error.round.awaitingReview",
                () -> rounds.step(reviewing.id(), reviewing.version(), RoundStatus.PUBLISHED, null));
        nominations.review(a.row().id(), a.row().version(), NominationStatus.ACCEPTED, null);
        nominations.review(b.row().id(), b.row().version(), NominationStatus.REJECTED, "Chưa đủ thời gian công tác");
        assertRefused("error.nomination.notPublished", () -> run.as("xem", () -> nominations.candidates(round.id())));
        RoundDetails published = rounds.step(round.id(), rounds.get(round.id()).version(), RoundStatus.PUBLISHED,
                null);

        List<NominationRow> list = run.as("xem", () -> nominations.candidates(round.id()));
        assertThat(list).extracting(NominationRow::recipientName).containsExactly(staff.get(1).fullName());
        assertRefused("error.objection.notCandidate", "nomination",
                () -> run.as("xem", () -> publication.send(round.id(), b.row().id(), "Ý kiến")));
        ObjectionRecord objection = run.as("xem", () -> publication.send(round.id(), a.row().id(),
                "Đồng chí này chuyển công tác từ tháng 10"));
        assertThat(objection.about()).isEqualTo(staff.get(1).fullName());
        assertThat(run.as(OFFICER, () -> publication.list(round.id()))).isEmpty();

        assertRefused("error.round.objectionsOpen",
                () -> rounds.step(published.id(), published.version(), RoundStatus.AT_COUNCIL, null));
        assertRefused("error.objection.resolutionRequired", "resolution",
                () -> publication.resolve(objection.id(), objection.version(), ""));
        ObjectionRecord resolved = publication.resolve(objection.id(), objection.version(),
                "Đã xác minh: chuyển công tác từ 01/11, vẫn đủ thời gian");
        assertThat(resolved.resolved()).isTrue();
        // Now only the public period holds the list back.
        assertRefused("error.round.publicationNotOver", "publicationTo",
                () -> rounds.step(published.id(), published.version(), RoundStatus.AT_COUNCIL, null));

        byte[] xlsx = run.as("xem", () -> overview.candidateSheet(round.id()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> lines = new java.util.ArrayList<>();
            for (Row row : sheet) {
                lines.add(text.formatCellValue(row.getCell(0)) + "|" + text.formatCellValue(row.getCell(1)));
            }
            assertThat(lines).containsSubsequence("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG|", "B. CÁ NHÂN|",
                    "I. Lao động tiên tiến|", "1|" + staff.get(1).fullName());
        }
        var counts = overview.overview(round.id());
        assertThat(counts.awards()).singleElement().satisfies(line -> {
            assertThat(line.proposed()).isEqualTo(2);
            assertThat(line.accepted()).isEqualTo(1);
        });
    }

    @Test
    void the_head_on_a_cstdcs_run_is_suggested_for_the_bang_khen_until_proposed() {
        RoundDetails round = rounds.save(new RoundForm(null, 0, Unique.code("Đợt Bằng khen 2025"),
                RoundKind.CHUYEN_DE, 2025, 2025, null, DecidingBody.HIGHER_BODY,
                data.unit("uy ban nhan dan tinh quang tri"), data.unit("van phong tinh uy quang tri"), Set.of(), Set.of(data.award("BK_TINH")),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), null, null));
        StaffMember head = staff.getFirst();

        List<Suggestion> found = run.as(OFFICER, () -> suggestions.forgotten(round.id(), tongHop));
        // CSTĐCS 2024 and 2025 in the register (Decree 152/2025: two running years for a Bằng khen).
        assertThat(found).filteredOn(x -> x.personId().equals(head.personId())).singleElement()
                .satisfies(x -> assertThat(x.awardName()).isEqualTo("Bằng khen cấp bộ, ban, ngành, tỉnh"));
        assertThat(found).allSatisfy(x -> assertThat(x.checklist().verdict()).isEqualTo(Verdict.ELIGIBLE));

        propose(form(round, head, "BK_TINH"));
        assertThat(run.as(OFFICER, () -> suggestions.forgotten(round.id(), tongHop)))
                .noneMatch(x -> x.personId().equals(head.personId()));
        assertDenied(() -> run.as(OFFICER, () -> suggestions.forgotten(round.id(),
                data.unit("phong hanh chinh luu tru van phong tinh uy quang tri"))));
    }
}
