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
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PositionService.PositionRecord;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("quantri")
class PositionServiceTest {

    @Autowired
    PositionService positions;
    @Autowired
    PersonService people;
    @Autowired
    UnitService units;
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;

    private PositionRecord create(String name, int rank) {
        return positions.save(new PositionRecord(null, 0, name, rank, true));
    }

    private List<String> listed(String... names) {
        List<String> ours = List.of(names);
        return positions.all().stream().map(PositionRecord::name).filter(ours::contains).toList();
    }

    private PersonDetails personHolding(Long positionId) {
        Long unit = units.create(new UnitForm(null, 0, Unique.code("CV"), "Phòng chức vụ", null, UnitKind.DEPARTMENT,
                null, 0, null)).id();
        return people.create(new PersonForm(null, 0, "Hồ Thị Giữ Chức", Gender.FEMALE, 1984, true, unit, positionId,
                LocalDate.of(2018, 1, 1), null));
    }

    @Test
    void positions_are_listed_by_rank_then_by_name() {
        String deputy = "Phó Trưởng ban " + Unique.code("T");
        String head = "Trưởng ban " + Unique.code("T");
        String other = "Chuyên viên " + Unique.code("T");
        create(other, 5);
        create(deputy, 3);
        create(head, 3);

        assertThat(listed(deputy, head, other)).containsExactly(deputy, head, other);
    }

    @Test
    void a_position_is_renamed_reranked_and_retired_with_each_change_in_the_audit_trail() {
        String name = "Chánh Văn phòng " + Unique.code("T");
        PositionRecord created = create(name, 10);

        PositionRecord changed = positions.save(new PositionRecord(created.id(), created.version(),
                "  " + name + " (kiêm nhiệm) ", 2, false));

        assertThat(changed.name()).isEqualTo(name + " (kiêm nhiệm)");
        assertThat(positions.all()).filteredOn(p -> p.id().equals(created.id())).singleElement()
                .satisfies(p -> {
                    assertThat(p.rank()).isEqualTo(2);
                    assertThat(p.active()).isFalse();
                });
        List<AuditRecord> history = audit.trail("Position", created.id());
        assertThat(history).extracting(AuditRecord::action).containsExactly("UPDATE", "CREATE");
        assertThat(history.getFirst().summary()).isEqualTo("Tên: " + name + " → " + name
                + " (kiêm nhiệm); Thứ bậc: 10 → 2; Đang sử dụng: có → không");
        assertThat(history.getFirst().username()).isEqualTo("quantri");
    }

    @Test
    void a_second_position_with_the_same_name_is_refused_on_the_name_field() {
        String name = "Trưởng phòng " + Unique.code("T");
        create(name, 4);

        BusinessException refusal = assertRefused("error.position.duplicate", "name",
                () -> create(" " + name + " ", 5));
        assertThat(refusal.getArgs()).containsExactly(name);
        assertRefused("error.required", "name", () -> create("   ", 5));
        assertThat(listed(name)).containsExactly(name);
    }

    @Test
    void a_position_someone_holds_cannot_be_deleted_and_an_unused_one_can() {
        PositionRecord held = create("Thư ký " + Unique.code("T"), 20);
        PositionRecord unused = create("Tạp vụ " + Unique.code("T"), 90);
        personHolding(held.id());

        assertRefused("error.position.inUse", () -> positions.delete(held.id(), held.version()));
        positions.delete(unused.id(), unused.version());

        assertThat(listed(held.name(), unused.name())).containsExactly(held.name());
        assertThat(audit.trail("Position", unused.id())).extracting(AuditRecord::action)
                .containsExactly("DELETE", "CREATE");
    }

    @Test
    void a_position_held_only_in_the_past_cannot_be_deleted_either() {
        PositionRecord earlier = create("Phó phòng " + Unique.code("T"), 30);
        PositionRecord later = create("Trưởng phòng " + Unique.code("T"), 29);
        PersonDetails p = personHolding(earlier.id());
        people.update(new PersonForm(p.id(), p.version(), p.fullName(), p.gender(), p.birthYear(), p.partyMember(),
                p.unitId(), later.id(), p.activeFrom(), LocalDate.of(2024, 1, 1)));

        // The person's history still says "Phó phòng" until 2024: that name must stay.
        assertRefused("error.position.inUse", () -> positions.delete(earlier.id(), earlier.version()));
        assertThat(people.get(p.id()).assignments()).extracting(PersonService.AssignmentRecord::positionName)
                .contains(earlier.name(), later.name());
    }

    @Test
    void a_form_opened_before_someone_elses_change_is_refused() {
        PositionRecord opened = create("Văn thư " + Unique.code("T"), 40);
        positions.save(new PositionRecord(opened.id(), opened.version(), opened.name(), 41, true));

        assertStale(() -> positions.save(new PositionRecord(opened.id(), opened.version(), opened.name(), 42, true)));
        assertStale(() -> positions.delete(opened.id(), opened.version()));
        assertThat(positions.all()).filteredOn(p -> p.id().equals(opened.id())).extracting(PositionRecord::rank)
                .containsExactly(41);
    }

    @Test
    void everyone_reads_the_positions_but_only_an_administrator_changes_them() {
        PositionRecord existing = create("Lái xe " + Unique.code("T"), 95);
        String name = "Bảo vệ " + Unique.code("T");

        for (String user : List.of("thuongtruc", "canbo.tonghop", "xem")) {
            runAs.as(user, () -> {
                assertThat(positions.all()).extracting(PositionRecord::id).contains(existing.id());
                assertDenied(() -> create(name, 96));
                assertDenied(() -> positions.delete(existing.id(), existing.version()));
            });
        }
        assertThat(listed(name, existing.name())).containsExactly(existing.name());
    }
}
