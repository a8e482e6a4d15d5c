package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;
import static vn.tdkt.support.Refusals.assertStale;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService.OpenRound;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundFilter;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.AwardRoundService.RoundRow;
import vn.tdkt.nomination.service.AwardRoundService.TransitionRecord;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("thuongtruc")
class AwardRoundServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    AwardRoundService rounds;
    @Autowired
    MovementService movements;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;
    @Autowired
    Clock clock;

    private Long quangTri() {
        return data.unit("van phong tinh uy quang tri");
    }

    private Long tongHop() {
        return data.unit("phong tong hop van phong tinh uy quang tri");
    }

    /** A year-end round of this year receiving until 1 December, without a public period yet. */
    private RoundForm form(String name) {
        return new RoundForm(null, 0, name, RoundKind.TONG_KET_NAM, 2026, 2026, null, DecidingBody.OWN_COUNCIL, null,
                quangTri(), Set.of(), Set.of(data.award("LDTT"), data.award("CSTDCS")), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 10), null, null);
    }

    private static RoundForm dates(RoundForm f, LocalDate submission, LocalDate review, LocalDate from,
            LocalDate to) {
        return new RoundForm(f.id(), f.version(), f.name(), f.kind(), f.yearFrom(), f.yearTo(), f.movementId(),
                f.decidingBody(), f.higherBodyUnitId(), f.officeUnitId(), f.scopeUnitIds(), f.awardTypeIds(),
                submission, review, from, to);
    }

    private static RoundForm edit(RoundDetails d, RoundForm f) {
        return new RoundForm(d.id(), d.version(), f.name(), f.kind(), f.yearFrom(), f.yearTo(), f.movementId(),
                f.decidingBody(), f.higherBodyUnitId(), f.officeUnitId(), f.scopeUnitIds(), f.awardTypeIds(),
                f.submissionDeadline(), f.reviewDeadline(), f.publicationFrom(), f.publicationTo());
    }

    private static RoundForm kind(RoundForm f, RoundKind kind, int from, int to, Long movementId) {
        return new RoundForm(f.id(), f.version(), f.name(), kind, from, to, movementId, f.decidingBody(),
                f.higherBodyUnitId(), f.officeUnitId(), f.scopeUnitIds(), f.awardTypeIds(), f.submissionDeadline(),
                f.reviewDeadline(), f.publicationFrom(), f.publicationTo());
    }

    /** A round whose deadlines and public period all lie before the test clock's day. */
    private RoundDetails pastRound(String name) {
        return rounds.save(dates(form(name), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 22)));
    }

    private RoundDetails step(RoundDetails r, RoundStatus to) {
        return rounds.step(r.id(), r.version(), to, null);
    }

    private Long demoRound(int year) {
        return rounds.page(new RoundFilter("Xét khen thưởng tổng kết năm " + year, Set.of(), year), 0, 10).stream()
                .filter(r -> r.name().equals("Xét khen thưởng tổng kết năm " + year)).findFirst().orElseThrow().id();
    }

    @Test
    void a_new_round_receives_dossiers_from_the_office_sub_units_by_default() {
        RoundDetails r = rounds.save(form(Unique.code("Đợt mặc định")));

        assertThat(r.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(r.next()).containsExactly(RoundStatus.REVIEWING);
        assertThat(r.office()).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
        // Other tests may add departments to the shared demo office: all its sub-units, in chart order.
        assertThat(r.scope()).extracting(UnitOption::fullName)
                .allMatch(name -> name.endsWith(", Văn phòng Tỉnh ủy Quảng Trị"))
                .containsSubsequence(
                "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị",
                "Phòng Hành chính – Lưu trữ, Văn phòng Tỉnh ủy Quảng Trị",
                "Phòng Quản trị – Tài vụ, Văn phòng Tỉnh ủy Quảng Trị",
                "Phòng Tài chính Đảng, Văn phòng Tỉnh ủy Quảng Trị",
                "Phòng Cơ yếu – Công nghệ thông tin, Văn phòng Tỉnh ủy Quảng Trị",
                "Nhà khách Tỉnh ủy, Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(r.awards()).extracting(a -> a.code()).containsExactly("CSTDCS", "LDTT");
        assertThat(r.transitions()).isEmpty();
        assertThat(audit.trail("AwardRound", r.id())).extracting(AuditRecord::action).containsExactly("CREATE");
    }

    @Test
    void a_round_goes_through_every_step_in_order_and_each_step_is_logged_and_audited() {
        RoundDetails r = pastRound(Unique.code("Đợt đủ bước"));

        r = step(r, RoundStatus.REVIEWING);
        assertThat(r.next()).containsExactlyInAnyOrder(RoundStatus.PUBLISHED, RoundStatus.OPEN);
        r = step(r, RoundStatus.PUBLISHED);
        r = step(r, RoundStatus.AT_COUNCIL);
        r = step(r, RoundStatus.DECIDED);
        r = rounds.step(r.id(), r.version(), RoundStatus.CLOSED, "Hoàn tất đợt xét");

        assertThat(r.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(r.next()).isEmpty();
        assertThat(r.transitions()).extracting(TransitionRecord::from, TransitionRecord::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RoundStatus.OPEN, RoundStatus.REVIEWING),
                org.assertj.core.groups.Tuple.tuple(RoundStatus.REVIEWING, RoundStatus.PUBLISHED),
                org.assertj.core.groups.Tuple.tuple(RoundStatus.PUBLISHED, RoundStatus.AT_COUNCIL),
                org.assertj.core.groups.Tuple.tuple(RoundStatus.AT_COUNCIL, RoundStatus.DECIDED),
                org.assertj.core.groups.Tuple.tuple(RoundStatus.DECIDED, RoundStatus.CLOSED));
        assertThat(r.transitions()).extracting(TransitionRecord::by).containsOnly("thuongtruc");
        assertThat(r.transitions()).extracting(TransitionRecord::at).containsOnly(clock.instant());
        assertThat(r.transitions().getLast().note()).isEqualTo("Hoàn tất đợt xét");
        assertThat(audit.trail("AwardRound", r.id())).extracting(AuditRecord::action)
                .containsExactly("STATUS", "STATUS", "STATUS", "STATUS", "STATUS", "CREATE");
        assertThat(audit.trail("AwardRound", r.id()).getFirst().summary())
                .isEqualTo("Đã có quyết định → Đóng: Hoàn tất đợt xét");
    }

    @Test
    void a_step_out_of_order_is_refused_and_closing_needs_a_decision() {
        RoundDetails r = pastRound(Unique.code("Đợt nhảy bước"));

        BusinessException skip = assertRefused("error.round.step", () -> step(r, RoundStatus.PUBLISHED));
        assertThat(skip.getArgs()).containsExactly(RoundStatus.OPEN, RoundStatus.PUBLISHED);
        RoundDetails atCouncil = step(step(step(r, RoundStatus.REVIEWING), RoundStatus.PUBLISHED),
                RoundStatus.AT_COUNCIL);
        BusinessException close = assertRefused("error.round.step", () -> step(atCouncil, RoundStatus.CLOSED));
        assertThat(close.getArgs()).containsExactly(RoundStatus.AT_COUNCIL, RoundStatus.CLOSED);
        assertRefused("error.round.step", () -> step(atCouncil, RoundStatus.PUBLISHED));
        assertThat(rounds.get(r.id()).status()).isEqualTo(RoundStatus.AT_COUNCIL);
    }

    @Test
    void publishing_needs_the_public_period_and_the_council_waits_until_it_is_over() {
        RoundDetails noPeriod = step(rounds.save(form(Unique.code("Đợt chưa hẹn công khai"))), RoundStatus.REVIEWING);
        assertRefused("error.round.publicationMissing", "publicationFrom",
                () -> step(noPeriod, RoundStatus.PUBLISHED));

        RoundDetails running = rounds.save(dates(form(Unique.code("Đợt đang công khai")), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12), TODAY));
        RoundDetails published = step(step(running, RoundStatus.REVIEWING), RoundStatus.PUBLISHED);
        BusinessException early = assertRefused("error.round.publicationNotOver", "publicationTo",
                () -> step(published, RoundStatus.AT_COUNCIL));
        assertThat(early.getArgs()).containsExactly(TODAY);
        assertThat(rounds.get(running.id()).status()).isEqualTo(RoundStatus.PUBLISHED);
    }

    @Test
    void reopening_for_dossiers_needs_a_reason_and_a_submission_deadline_still_ahead() {
        RoundDetails reviewing = step(rounds.save(form(Unique.code("Đợt mở lại"))), RoundStatus.REVIEWING);
        assertRefused("error.round.reopenReason", "note", () -> step(reviewing, RoundStatus.OPEN));

        RoundDetails reopened = rounds.step(reviewing.id(), reviewing.version(), RoundStatus.OPEN,
                "Phòng Tổng hợp bổ sung hồ sơ");
        assertThat(reopened.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(reopened.transitions()).extracting(TransitionRecord::to)
                .containsExactly(RoundStatus.REVIEWING, RoundStatus.OPEN);

        RoundDetails late = step(pastRound(Unique.code("Đợt quá hạn")), RoundStatus.REVIEWING);
        BusinessException refusal = assertRefused("error.round.reopenAfterDeadline", "submissionDeadline",
                () -> rounds.step(late.id(), late.version(), RoundStatus.OPEN, "Bổ sung"));
        assertThat(refusal.getArgs()).containsExactly(LocalDate.of(2026, 10, 1));
    }

    @Test
    void a_round_needs_a_name_award_types_and_deadlines_in_order() {
        RoundForm f = form(Unique.code("Đợt kiểm tra"));
        assertRefused("error.required", "name", () -> rounds.save(new RoundForm(null, 0, "  ", f.kind(),
                f.yearFrom(), f.yearTo(), null, f.decidingBody(), null, f.officeUnitId(), Set.of(), f.awardTypeIds(),
                f.submissionDeadline(), f.reviewDeadline(), null, null)));
        assertRefused("error.round.noAwards", "awards", () -> rounds.save(new RoundForm(null, 0, f.name(), f.kind(),
                f.yearFrom(), f.yearTo(), null, f.decidingBody(), null, f.officeUnitId(), Set.of(), Set.of(),
                f.submissionDeadline(), f.reviewDeadline(), null, null)));
        assertRefused("error.required", "submissionDeadline",
                () -> rounds.save(dates(f, null, LocalDate.of(2026, 12, 10), null, null)));
        assertRefused("error.round.reviewBeforeSubmission", "reviewDeadline",
                () -> rounds.save(dates(f, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1), null, null)));
        assertRefused("error.round.publicationIncomplete", "publicationTo", () -> rounds.save(dates(f,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12), null)));
        assertRefused("error.round.publicationBeforeReview", "publicationFrom", () -> rounds.save(dates(f,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 15))));
        assertRefused("error.round.publicationReversed", "publicationTo", () -> rounds.save(dates(f,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 20),
                LocalDate.of(2026, 12, 12))));
        assertThat(rounds.count(new RoundFilter(f.name(), Set.of(), 0))).isZero();
    }

    @Test
    void achievement_years_fit_the_kind_of_round_and_are_not_ahead_of_the_calendar() {
        RoundForm f = form(Unique.code("Đợt năm"));
        assertRefused("error.round.oneYear", "yearTo",
                () -> rounds.save(kind(f, RoundKind.TONG_KET_NAM, 2025, 2026, null)));
        BusinessException future = assertRefused("error.round.futureYear", "yearTo",
                () -> rounds.save(kind(f, RoundKind.TONG_KET_NAM, 2027, 2027, null)));
        assertThat(future.getArgs()).containsExactly(2027, 2026);
        assertRefused("error.round.yearsReversed", "yearTo",
                () -> rounds.save(kind(f, RoundKind.CHUYEN_DE, 2026, 2025, null)));
        assertRefused("error.required", "roundKind", () -> rounds.save(kind(f, null, 2026, 2026, null)));

        RoundDetails thematic = rounds.save(kind(f, RoundKind.CHUYEN_DE, 2024, 2026, null));
        assertThat(thematic.yearFrom()).isEqualTo(2024);
        assertThat(thematic.yearTo()).isEqualTo(2026);
    }

    @Test
    void a_movement_review_names_a_launched_movement_whose_period_covers_the_years() {
        RoundForm f = form(Unique.code("Đợt tổng kết chuyển đổi số"));
        Long movement = movements.page(new MovementFilter("chuyen doi so", Set.of(), 0), 0, 5).getFirst().id();

        assertRefused("error.round.movementRequired", "movement",
                () -> rounds.save(kind(f, RoundKind.TONG_KET_PHONG_TRAO, 2024, 2026, null)));
        BusinessException outside = assertRefused("error.round.yearsOutsideMovement", "movement",
                () -> rounds.save(kind(f, RoundKind.TONG_KET_PHONG_TRAO, 2023, 2026, movement)));
        assertThat(outside.getArgs()).containsExactly(
                "Thi đua đẩy mạnh chuyển đổi số trong cơ quan Văn phòng cấp ủy giai đoạn 2024–2026", 2024, 2026);

        RoundDetails r = rounds.save(kind(f, RoundKind.TONG_KET_PHONG_TRAO, 2024, 2026, movement));
        assertThat(r.movement()).isEqualTo(
                "Thi đua đẩy mạnh chuyển đổi số trong cơ quan Văn phòng cấp ủy giai đoạn 2024–2026");
    }

    @Test
    void a_higher_deciding_body_is_named_and_the_scope_stays_within_the_office() {
        RoundForm f = form(Unique.code("Đợt trình cấp trên"));
        Long vptw = data.unit("van phong trung uong dang");
        assertRefused("error.round.higherBodyRequired", "higherBody", () -> rounds.save(new RoundForm(null, 0,
                f.name(), f.kind(), 2026, 2026, null, DecidingBody.HIGHER_BODY, null, f.officeUnitId(), Set.of(),
                f.awardTypeIds(), f.submissionDeadline(), f.reviewDeadline(), null, null)));
        assertRefused("error.round.higherBodyIsOffice", "higherBody", () -> rounds.save(new RoundForm(null, 0,
                f.name(), f.kind(), 2026, 2026, null, DecidingBody.HIGHER_BODY, tongHop(), f.officeUnitId(),
                Set.of(), f.awardTypeIds(), f.submissionDeadline(), f.reviewDeadline(), null, null)));
        BusinessException outside = assertRefused("error.round.scopeOutsideOffice", "scope", () -> rounds.save(
                new RoundForm(null, 0, f.name(), f.kind(), 2026, 2026, null, DecidingBody.OWN_COUNCIL, null,
                        f.officeUnitId(), Set.of(data.unit("van phong tinh uy hau giang")), f.awardTypeIds(),
                        f.submissionDeadline(), f.reviewDeadline(), null, null)));
        assertThat(outside.getArgs()).containsExactly("Văn phòng Tỉnh ủy Hậu Giang");

        RoundDetails r = rounds.save(new RoundForm(null, 0, f.name(), f.kind(), 2026, 2026, null,
                DecidingBody.HIGHER_BODY, vptw, f.officeUnitId(), Set.of(tongHop()), f.awardTypeIds(),
                f.submissionDeadline(), f.reviewDeadline(), null, null));
        assertThat(r.higherBody()).isEqualTo("Văn phòng Trung ương Đảng");
        assertThat(r.scope()).extracting(UnitOption::id).containsExactly(tongHop());
    }

    @Test
    void an_open_round_changes_freely_later_only_its_dates_and_a_decided_round_not_at_all() {
        RoundForm f = form(Unique.code("Đợt sửa"));
        RoundDetails open = rounds.save(f);
        RoundDetails renamed = rounds.save(edit(open, new RoundForm(null, 0, f.name() + " (sửa)", f.kind(), 2026,
                2026, null, f.decidingBody(), null, f.officeUnitId(), Set.of(tongHop()), Set.of(data.award("LDTT")),
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 12), null, null)));
        assertThat(renamed.name()).isEqualTo(f.name() + " (sửa)");
        assertThat(renamed.awards()).extracting(a -> a.code()).containsExactly("LDTT");
        assertThat(renamed.scope()).extracting(UnitOption::id).containsExactly(tongHop());

        RoundDetails reviewing = step(renamed, RoundStatus.REVIEWING);
        RoundForm same = edit(reviewing, new RoundForm(null, 0, renamed.name(), f.kind(), 2026, 2026, null,
                f.decidingBody(), null, f.officeUnitId(), Set.of(tongHop()), Set.of(data.award("LDTT")),
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 12), null, null));
        assertRefused("error.round.onlyDates", () -> rounds.save(new RoundForm(same.id(), same.version(),
                same.name(), same.kind(), 2026, 2026, null, same.decidingBody(), null, same.officeUnitId(),
                same.scopeUnitIds(), Set.of(data.award("LDTT"), data.award("CSTDCS")), same.submissionDeadline(),
                same.reviewDeadline(), null, null)));
        RoundDetails moved = rounds.save(dates(same, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 24)));
        assertThat(moved.reviewDeadline()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(moved.publicationTo()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(audit.trail("AwardRound", moved.id()).getFirst().summary()).isEqualTo(
                "hạn thẩm định: 12/12/2026 → 14/12/2026; Thời gian công khai: ∅ → 15/12/2026–24/12/2026");

        RoundDetails decided = rounds.get(demoRound(2025));
        assertThat(decided.status()).isEqualTo(RoundStatus.DECIDED);
        assertRefused("error.round.finished", () -> rounds.save(dates(edit(decided, form(decided.name())),
                decided.submissionDeadline(), decided.reviewDeadline(), decided.publicationFrom(),
                decided.publicationTo().plusDays(1))));
    }

    @Test
    void edits_and_steps_from_a_stale_page_are_refused() {
        RoundDetails opened = rounds.save(form(Unique.code("Đợt hai người sửa")));
        RoundDetails changed = rounds.save(dates(edit(opened, form(opened.name())), LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 10), null, null));

        assertStale(() -> rounds.save(dates(edit(opened, form(opened.name())), LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 10), null, null)));
        assertStale(() -> step(opened, RoundStatus.REVIEWING));
        assertStale(() -> rounds.delete(opened.id(), opened.version()));
        assertThat(rounds.get(opened.id()).submissionDeadline()).isEqualTo(changed.submissionDeadline());
    }

    @Test
    void only_an_open_round_is_deleted() {
        RoundDetails open = rounds.save(form(Unique.code("Đợt mở nhầm")));
        RoundDetails reviewing = step(rounds.save(form(Unique.code("Đợt đang thẩm định"))), RoundStatus.REVIEWING);

        assertRefused("error.round.deleteNotOpen", () -> rounds.delete(reviewing.id(), reviewing.version()));
        rounds.delete(open.id(), open.version());
        assertRefused("error.notFound", () -> rounds.get(open.id()));
        assertThat(audit.trail("AwardRound", open.id())).extracting(AuditRecord::action)
                .containsExactly("DELETE", "CREATE");
    }

    @Test
    void unit_officers_and_viewers_cannot_open_change_move_or_delete_rounds() {
        RoundDetails r = rounds.save(form(Unique.code("Đợt của thường trực")));
        for (String user : List.of("canbo.tonghop", "xem", "chutich")) {
            run.as(user, () -> {
                assertDenied(() -> rounds.save(form(Unique.code("Đợt trái phép"))));
                assertDenied(() -> step(r, RoundStatus.REVIEWING));
                assertDenied(() -> rounds.delete(r.id(), r.version()));
            });
        }
        assertThat(rounds.get(r.id()).status()).isEqualTo(RoundStatus.OPEN);
        assertThat(rounds.get(r.id()).version()).isEqualTo(r.version());
    }

    @Test
    void a_viewer_sees_rounds_only_once_their_list_is_published() {
        int year = DemoYears.thisYear(clock);
        Long open = demoRound(year);
        Long decided = demoRound(year - 1);
        RoundFilter thisAndLastYear = new RoundFilter("xet khen thuong tong ket nam", Set.of(), 0);

        run.as("xem", () -> {
            List<Long> seen = rounds.page(thisAndLastYear, 0, 500).stream().map(RoundRow::id).toList();
            assertThat(seen).contains(decided).doesNotContain(open);
            assertThat(rounds.page(thisAndLastYear, 0, 500)).extracting(RoundRow::status)
                    .allMatch(RoundStatus::isPublic);
            assertThat(rounds.count(thisAndLastYear)).isEqualTo(seen.size());
            assertThat(rounds.count(new RoundFilter("", Set.of(RoundStatus.OPEN), 0))).isZero();
            assertRefused("error.notFound", () -> rounds.get(open));
            assertThat(rounds.get(decided).status()).isEqualTo(RoundStatus.DECIDED);
        });
        run.as("canbo.tonghop", () -> assertThat(rounds.get(open).status()).isEqualTo(RoundStatus.OPEN));
    }

    @Test
    void rounds_are_found_by_accent_free_text_status_and_achievement_year() {
        int year = DemoYears.thisYear(clock);
        List<RoundRow> found = rounds.page(new RoundFilter("xet khen thuong tong ket nam " + year,
                Set.of(RoundStatus.OPEN), year), 0, 50);
        assertThat(found).extracting(RoundRow::name).containsExactly("Xét khen thưởng tổng kết năm " + year);
        RoundRow row = found.getFirst();
        assertThat(row.office()).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(row.stageDeadline()).isEqualTo(LocalDate.of(year, 12, 15));
        assertThat(rounds.count(new RoundFilter("xet khen thuong tong ket nam " + year, Set.of(RoundStatus.OPEN),
                year))).isEqualTo(1);
        assertThat(rounds.page(new RoundFilter("xet khen thuong tong ket nam " + (year - 1),
                Set.of(RoundStatus.DECIDED), year - 1), 0, 50)).extracting(RoundRow::stageDeadline)
                .containsExactly((LocalDate) null);
    }

    @Test
    void a_unit_may_propose_in_open_rounds_that_cover_it_until_the_submission_deadline() {
        int year = DemoYears.thisYear(clock);
        Long demo = demoRound(year);
        RoundDetails onlyTongHop = rounds.save(new RoundForm(null, 0, Unique.code("Đợt riêng Phòng Tổng hợp"),
                RoundKind.DOT_XUAT, 2026, 2026, null, DecidingBody.OWN_COUNCIL, null, quangTri(), Set.of(tongHop()),
                Set.of(data.award("GIAY_KHEN")), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 5), null, null));
        RoundDetails reviewing = step(rounds.save(form(Unique.code("Đợt đã ngừng nhận"))), RoundStatus.REVIEWING);

        List<Long> forTongHop = run.as("canbo.tonghop", () -> rounds.openForUnit(tongHop(), TODAY).stream()
                .map(OpenRound::id).toList());
        assertThat(forTongHop).contains(demo, onlyTongHop.id()).doesNotContain(reviewing.id());
        OpenRound own = run.as("canbo.tonghop", () -> rounds.openForUnit(tongHop(), TODAY)).stream()
                .filter(o -> o.id().equals(onlyTongHop.id())).findFirst().orElseThrow();
        assertThat(own.awardTypeIds()).containsExactly(data.award("GIAY_KHEN"));
        assertThat(own.submissionDeadline()).isEqualTo(LocalDate.of(2026, 11, 30));

        assertThat(rounds.openForUnit(tongHop(), LocalDate.of(2026, 12, 1))).extracting(OpenRound::id)
                .contains(demo).doesNotContain(onlyTongHop.id());
        assertThat(rounds.openForUnit(tongHop(), LocalDate.of(year, 12, 16))).extracting(OpenRound::id)
                .doesNotContain(demo, onlyTongHop.id());
        assertThat(rounds.openForUnit(data.unit("phong hanh chinh luu tru van phong tinh uy quang tri"), TODAY))
                .extracting(OpenRound::id).contains(demo).doesNotContain(onlyTongHop.id());
        assertThat(rounds.openForUnit(data.unit("van phong tinh uy hau giang"), TODAY)).extracting(OpenRound::id)
                .doesNotContain(demo, onlyTongHop.id());
        run.as("canbo.tonghop", () -> assertDenied(() -> rounds.openForUnit(quangTri(), TODAY)));
        run.as("xem", () -> assertDenied(() -> rounds.openForUnit(tongHop(), TODAY)));
    }
}
