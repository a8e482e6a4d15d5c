package vn.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;
import static vn.tdkt.support.Refusals.assertStale;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.domain.UnitStatus;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitDetails;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService.UnitNode;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("quantri")
class UnitServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;

    private UnitDetails create(String name, Long parentId) {
        return units.create(new UnitForm(null, 0, Unique.code("T"), name, null, UnitKind.DEPARTMENT, parentId, 0,
                null));
    }

    private Long quangTri() {
        return units.options("van phong tinh uy quang tri", 0, 5).getFirst().id();
    }

    @Test
    void accent_free_search_finds_the_provincial_office_with_its_ancestors() {
        var visible = units.visibleFor("quang tri");
        List<UnitNode> roots = units.children(null, "quang tri");

        assertThat(roots).extracting(UnitNode::name).contains("Văn phòng Trung ương Đảng",
                "Ủy ban nhân dân tỉnh Quảng Trị", "Tỉnh ủy Quảng Trị").doesNotContain("Thủ tướng Chính phủ");
        List<UnitNode> provinces = units.children(roots.getFirst().id(), "quang tri");
        assertThat(provinces).extracting(UnitNode::name).contains("Văn phòng Tỉnh ủy Quảng Trị")
                .doesNotContain("Văn phòng Tỉnh ủy Hậu Giang");
        assertThat(visible).contains(quangTri());
    }

    @Test
    void a_department_is_named_with_its_parent() {
        UnitDetails dept = create("Phòng Thử nghiệm", quangTri());

        assertThat(dept.fullName()).isEqualTo("Phòng Thử nghiệm, Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(units.children(quangTri(), "")).extracting(UnitNode::id).contains(dept.id());
    }

    @Test
    void duplicate_code_is_refused_on_the_code_field() {
        UnitDetails first = create("Phòng A", null);

        BusinessException refusal = assertRefused("error.unit.duplicateCode", "code", () -> units.create(
                new UnitForm(null, 0, first.code().toLowerCase(), "Phòng B", null, UnitKind.DEPARTMENT, null, 0,
                        null)));
        assertThat(refusal.getArgs()).containsExactly(first.code());
    }

    @Test
    void empty_name_is_refused_and_nothing_is_saved() {
        String code = Unique.code("EMPTY");

        assertRefused("error.required", "name", () -> units.create(new UnitForm(null, 0, code, "   ", null,
                UnitKind.DEPARTMENT, null, 0, null)));
        assertThat(units.options(code, 0, 5)).isEmpty();
    }

    @Test
    void moving_a_unit_under_its_own_descendant_is_refused() {
        UnitDetails parent = create("Khối cha", null);
        UnitDetails child = create("Phòng con", parent.id());
        UnitDetails grandChild = create("Tổ cháu", child.id());

        assertRefused("error.unit.cycle", "parent", () -> units.update(new UnitForm(parent.id(), parent.version(),
                parent.code(), parent.name(), null, parent.kind(), grandChild.id(), 0, null)));
        assertThat(units.get(parent.id()).parentId()).isNull();
    }

    @Test
    void moving_a_unit_carries_its_subtree_along() {
        UnitDetails a = create("Khối A", null);
        UnitDetails b = create("Khối B", null);
        UnitDetails child = create("Phòng con", a.id());
        UnitDetails grandChild = create("Tổ cháu", child.id());

        units.update(new UnitForm(child.id(), child.version(), child.code(), child.name(), null, child.kind(),
                b.id(), 0, null));

        assertThat(units.pathOf(grandChild.id())).startsWith(units.pathOf(b.id()));
        assertThat(units.children(a.id(), "")).isEmpty();
    }

    @Test
    void a_unit_with_people_cannot_be_deleted_but_can_be_merged() {
        UnitDetails unit = create("Phòng có người", quangTri());
        people.create(new PersonForm(null, 0, "Nguyễn Văn Thử", Gender.MALE, 1990, false, unit.id(), null,
                LocalDate.of(2020, 1, 1), null));

        BusinessException refusal = assertRefused("error.unit.hasPeople", () -> units.delete(unit.id(),
                unit.version()));
        assertThat(refusal.getArgs()).containsExactly(1L);

        UnitDetails merged = units.changeStatus(unit.id(), unit.version(), UnitStatus.MERGED,
                LocalDate.of(2025, 7, 1), quangTri());
        assertThat(merged.status()).isEqualTo(UnitStatus.MERGED);
        assertThat(merged.mergedIntoName()).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
    }

    @Test
    void a_unit_with_sub_units_cannot_be_deleted_and_an_empty_one_can() {
        UnitDetails parent = create("Khối có con", null);
        UnitDetails child = create("Phòng trống", parent.id());

        assertRefused("error.unit.hasChildren", () -> units.delete(parent.id(), parent.version()));
        assertThat(units.children(parent.id(), "")).extracting(UnitNode::id).containsExactly(child.id());
        units.delete(child.id(), child.version());
        assertThat(units.children(parent.id(), "")).isEmpty();
    }

    @Test
    void a_stale_form_cannot_overwrite_a_newer_change() {
        UnitDetails opened = create("Phòng gốc", null);
        units.update(new UnitForm(opened.id(), opened.version(), opened.code(), "Phòng đổi tên lần 1", null,
                opened.kind(), null, 0, null));

        assertStale(() -> units.update(new UnitForm(opened.id(), opened.version(), opened.code(),
                "Phòng đổi tên lần 2", null, opened.kind(), null, 0, null)));
        assertThat(units.get(opened.id()).name()).isEqualTo("Phòng đổi tên lần 1");
    }

    @Test
    void renaming_keeps_the_former_name_and_leaves_an_audit_record() {
        UnitDetails unit = create("Phòng Hành chính", null);

        UnitDetails renamed = units.update(new UnitForm(unit.id(), unit.version(), unit.code(),
                "Phòng Hành chính – Lưu trữ", null, unit.kind(), null, 0, null));

        assertThat(renamed.formerNames()).extracting(UnitService.FormerName::name).containsExactly("Phòng Hành chính");
        assertThat(audit.trail("Unit", unit.id())).extracting(AuditService.AuditRecord::action)
                .containsExactly("UPDATE", "CREATE");
        assertThat(audit.trail("Unit", unit.id()).getFirst().summary()).contains("Phòng Hành chính – Lưu trữ");
        assertThat(audit.trail("Unit", unit.id()).getFirst().username()).isEqualTo("quantri");
    }

    @Test
    @WithUserDetails("xem")
    void a_viewer_can_browse_but_not_create_units() {
        assertThat(units.children(null, "")).extracting(UnitNode::name).contains("Văn phòng Trung ương Đảng");
        String code = Unique.code("DENIED");
        assertDenied(() -> units.create(new UnitForm(null, 0, code, "Phòng trái phép", null, UnitKind.DEPARTMENT,
                null, 0, null)));
        assertThat(units.options(code, 0, 5)).isEmpty();
    }

    @Test
    @WithUserDetails("canbo.tonghop")
    void a_unit_officer_cannot_delete_units() {
        Long office = quangTri();
        assertDenied(() -> units.delete(office, 0));
        assertThat(units.get(office).name()).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
    }
}
