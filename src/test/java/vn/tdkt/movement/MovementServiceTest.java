package vn.tdkt.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestData;

@IntegrationTest
@WithUserDetails("thuongtruc")
class MovementServiceTest {

    @Autowired
    MovementService movements;
    @Autowired
    UnitService units;
    @Autowired
    AwardTypeService awardTypes;
    @Autowired
    FileService files;
    @Autowired
    AuditService audit;
    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    private Long unit(String query) {
        return data.unit(query);
    }

    private Long award(String code) {
        return data.award(code);
    }

    MovementForm form(String name, List<CriterionRecord> criteria) {
        return new MovementForm(null, 0, name, "Khẩu hiệu", MovementKind.THEMATIC, unit("van phong tinh uy quang tri"),
                "12-KH/VPTU", LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
                "Cán bộ, công chức", 100, Set.of(unit("van phong tinh uy quang tri")),
                Set.of(award("LDTT"), award("TTLDTT")), criteria);
    }

    private static List<CriterionRecord> criteria(int... points) {
        return java.util.stream.IntStream.range(0, points.length)
                .mapToObj(i -> new CriterionRecord(null, "Tiêu chí " + (i + 1), points[i])).toList();
    }

    @Test
    void a_draft_is_launched_and_each_step_is_recorded_with_user_and_date() {
        MovementDetails draft = movements.save(form("Phong trào thử vòng đời", criteria(60, 40)));
        assertThat(draft.status()).isEqualTo(MovementStatus.DRAFT);
        assertThat(draft.next()).containsExactly(MovementStatus.LAUNCHED);

        MovementDetails launched = movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED,
                LocalDate.now(clock), "Hội nghị phát động", null);
        MovementDetails running = movements.transition(launched.id(), launched.version(),
                MovementStatus.IN_PROGRESS, LocalDate.now(clock), null, null);

        assertThat(running.transitions()).extracting(MovementService.TransitionRecord::to)
                .containsExactly(MovementStatus.LAUNCHED, MovementStatus.IN_PROGRESS);
        assertThat(running.transitions().getFirst().by()).isEqualTo("thuongtruc");
        assertThat(running.next()).containsExactlyInAnyOrder(MovementStatus.MID_REVIEW, MovementStatus.FINAL_REVIEW);
        assertThat(audit.trail("Movement", draft.id())).extracting(AuditService.AuditRecord::action)
                .containsExactly("STATUS", "STATUS", "CREATE");
    }

    @Test
    void a_step_that_skips_the_lifecycle_is_refused() {
        MovementDetails draft = movements.save(form("Phong trào nhảy bước", criteria(100)));

        BusinessException refusal = assertRefused("error.movement.transition", () -> movements.transition(
                draft.id(), draft.version(), MovementStatus.CLOSED, LocalDate.now(clock), null, null));
        assertThat(refusal.getArgs()).containsExactly(MovementStatus.DRAFT, MovementStatus.CLOSED);
        assertThat(movements.get(draft.id()).status()).isEqualTo(MovementStatus.DRAFT);
    }

    @Test
    void criteria_must_add_up_to_the_stated_maximum() {
        BusinessException refusal = assertRefused("error.movement.criteriaTotal", "criteria",
                () -> movements.save(form("Phong trào lệch điểm", criteria(50, 40))));
        assertThat(refusal.getArgs()).containsExactly(90, 100);
    }

    @Test
    void a_movement_without_criteria_cannot_be_launched() {
        MovementDetails draft = movements.save(form("Phong trào chưa có tiêu chí", List.of()));

        BusinessException refusal = assertRefused("error.movement.criteriaTotal", () -> movements.transition(
                draft.id(), draft.version(), MovementStatus.LAUNCHED, LocalDate.now(clock), null, null));
        assertThat(refusal.getArgs()).containsExactly(0, 100);
        assertThat(movements.get(draft.id()).status()).isEqualTo(MovementStatus.DRAFT);
    }

    @Test
    void a_reversed_period_and_an_empty_scope_are_refused() {
        MovementForm reversed = form("Phong trào ngược", criteria(100));
        assertRefused("error.movement.periodReversed", "periodTo", () -> movements.save(new MovementForm(null, 0,
                reversed.name(), null, reversed.kind(), reversed.launchingUnitId(), null, null, null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1), null, 100, reversed.scopeUnitIds(),
                reversed.awardTypeIds(), reversed.criteria())));
        assertRefused("error.movement.noScope", "scope", () -> movements.save(new MovementForm(null, 0,
                reversed.name(), null, reversed.kind(), reversed.launchingUnitId(), null, null, null,
                reversed.periodFrom(), reversed.periodTo(), null, 100, Set.of(), reversed.awardTypeIds(),
                reversed.criteria())));
    }

    @Test
    void a_launched_movement_is_no_longer_edited() {
        MovementDetails draft = movements.save(form("Phong trào khóa sửa", criteria(100)));
        MovementDetails launched = movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED,
                LocalDate.now(clock), null, null);
        MovementForm f = form("Tên mới", criteria(100));

        assertRefused("error.movement.notDraft", () -> movements.save(new MovementForm(launched.id(),
                launched.version(), f.name(), null, f.kind(), f.launchingUnitId(), null, null, null, f.periodFrom(),
                f.periodTo(), null, 100, f.scopeUnitIds(), f.awardTypeIds(), f.criteria())));
        assertThat(movements.get(launched.id()).name()).isEqualTo("Phong trào khóa sửa");
    }

    @Test
    void the_demo_has_the_regular_movement_of_quang_tri_running_across_years() {
        var rows = movements.page(new MovementFilter("tham muu gioi", Set.of(MovementStatus.IN_PROGRESS), 2023), 0, 10);
        assertThat(rows).extracting(MovementService.MovementRow::name).containsExactlyInAnyOrder(
                "Tham mưu giỏi, phục vụ tốt", "Văn phòng cấp ủy thi đua \"Tham mưu giỏi, phục vụ tốt\"");
        assertThat(movements.page(new MovementFilter("chuyen doi so", Set.of(), 0), 0, 10))
                .extracting(MovementService.MovementRow::name).singleElement().asString()
                .startsWith("Thi đua đẩy mạnh chuyển đổi số");
    }

    @Test
    void an_attached_plan_must_really_be_a_pdf_or_word_file() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(files.store("ke-hoach.pdf", pdf).contentType()).isEqualTo("application/pdf");
        assertRefused("error.file.type", () -> files.store("ke-hoach.pdf", "<html>không phải PDF</html>"
                .getBytes(StandardCharsets.UTF_8)));
        assertRefused("error.file.empty", () -> files.store("rong.pdf", new byte[0]));
    }

    @Test
    @WithUserDetails("canbo.tonghop")
    void a_unit_officer_cannot_create_movements() {
        assertDenied(() -> movements.save(form("Phong trào trái phép", criteria(100))));
        assertThat(movements.count(new MovementFilter("phong trao trai phep", Set.of(), 0))).isZero();
    }
}
