package vn.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("quantri")
class PersonServiceTest {

    @Autowired
    PersonService people;
    @Autowired
    UnitService units;
    @Autowired
    Clock clock;

    private Long newUnit(String name) {
        return units.create(new UnitForm(null, 0, Unique.code("P"), name, null, UnitKind.DEPARTMENT, null, 0, null))
                .id();
    }

    private PersonDetails person(String name, Long unitId) {
        return people.create(new PersonForm(null, 0, name, Gender.FEMALE, 1988, true, unitId, null,
                LocalDate.of(2015, 3, 1), null));
    }

    @Test
    void people_are_listed_by_given_name_then_family_name_in_vietnamese_order() {
        Long unit = newUnit("Phòng xếp tên");
        for (String name : List.of("Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An", "Đặng Văn Anh", "Phạm Thị Ân",
                "Nguyễn Văn Bình", "Hoàng Thị Ấn")) {
            person(name, unit);
        }

        List<String> listed = people.page(new PersonFilter("", unit, false), 0, 50).stream()
                .map(PersonRecord::fullName).toList();

        // Letters first (a < ă < â), tones only break ties; equal tên fall back to họ đệm.
        assertThat(listed).containsExactly("Lê Văn An", "Đặng Văn Anh", "Nguyễn Thị Ánh", "Phạm Thị Ân",
                "Hoàng Thị Ấn", "Nguyễn Văn Bình", "Trần Văn Bình");
    }

    @Test
    void name_search_ignores_accents_and_d_stroke() {
        Long unit = newUnit("Phòng tìm kiếm");
        person("Đặng Thị Ánh", unit);
        person("Nguyễn Văn Ánh", unit);

        assertThat(people.page(new PersonFilter("dang", unit, false), 0, 10)).extracting(PersonRecord::fullName)
                .containsExactly("Đặng Thị Ánh");
        assertThat(people.page(new PersonFilter("nguyen van anh", unit, false), 0, 10))
                .extracting(PersonRecord::fullName).containsExactly("Nguyễn Văn Ánh");
        assertThat(people.count(new PersonFilter("ANH", unit, false))).isEqualTo(2);
    }

    @Test
    void filtering_by_a_unit_includes_its_sub_units() {
        Long office = newUnit("Văn phòng lọc");
        Long department = units.create(new UnitForm(null, 0, Unique.code("P"), "Phòng trực thuộc", null,
                UnitKind.DEPARTMENT, office, 0, null)).id();
        Long elsewhere = newUnit("Phòng bên ngoài");
        person("Trần Thị Văn Phòng", office);
        person("Lê Thị Trực Thuộc", department);
        person("Phạm Thị Bên Ngoài", elsewhere);

        assertThat(people.page(new PersonFilter("", office, false), 0, 10)).extracting(PersonRecord::fullName)
                .containsExactlyInAnyOrder("Trần Thị Văn Phòng", "Lê Thị Trực Thuộc");
        assertThat(people.count(new PersonFilter("", office, false))).isEqualTo(2);
        assertThat(people.count(new PersonFilter("", department, false))).isEqualTo(1);
    }

    @Test
    void names_with_hidden_control_or_direction_characters_are_refused_on_the_field() {
        Long unit = newUnit("Phòng Kiểm tra ký tự");
        // U+202E turns the rest of the line around on screen: "Lê Thị Hoa" would show reversed
        assertRefused("error.text.controlCharacters", "fullName", () -> person("Lê Thị \u202EHoa", unit));
        assertRefused("error.text.controlCharacters", "fullName", () -> person("Lê Thị\u0007 Hoa", unit));
        assertRefused("error.text.controlCharacters", "fullName", () -> person("Lê Thị \u0085Hoa\u200F", unit));
        assertRefused("error.text.controlCharacters", "name", () -> newUnit("Phòng \u2066Tổ chức\u2069"));
        assertThat(people.count(new PersonFilter("le thi", unit, true))).isZero();
        assertThat(person("Lê Thị Hoa", unit).fullName()).isEqualTo("Lê Thị Hoa");
    }

    @Test
    void a_person_without_unit_is_refused() {
        assertRefused("error.person.unitRequired", "unit", () -> people.create(new PersonForm(null, 0,
                "Vũ Văn Không", Gender.MALE, 1990, false, null, null, null, null)));
        assertThat(people.count(new PersonFilter("vu van khong", null, true))).isZero();
    }

    @Test
    void a_transfer_keeps_the_unit_at_the_time_in_the_history() {
        Long before = newUnit("Phòng cũ");
        Long after = newUnit("Phòng mới");
        PersonDetails p = person("Bùi Thị Chuyển", before);

        PersonDetails moved = people.update(new PersonForm(p.id(), p.version(), p.fullName(), p.gender(),
                p.birthYear(), p.partyMember(), after, null, p.activeFrom(), LocalDate.of(2024, 7, 1)));

        assertThat(moved.unitName()).isEqualTo("Phòng mới");
        assertThat(moved.assignments()).hasSize(2);
        assertThat(people.placementOn(p.id(), LocalDate.of(2023, 12, 31)).unitName()).isEqualTo("Phòng cũ");
        assertThat(people.placementOn(p.id(), LocalDate.of(2024, 6, 30)).unitName()).isEqualTo("Phòng cũ");
        assertThat(people.placementOn(p.id(), LocalDate.of(2024, 7, 1)).unitName()).isEqualTo("Phòng mới");
    }

    @Test
    void a_person_who_left_disappears_from_the_default_list_but_keeps_the_record() {
        Long unit = newUnit("Phòng nghỉ hưu");
        PersonDetails p = person("Ngô Thị Nghỉ", unit);

        people.leave(p.id(), p.version(), LocalDate.of(2025, 12, 31).minusYears(1));

        assertThat(people.count(new PersonFilter("", unit, false))).isZero();
        assertThat(people.count(new PersonFilter("", unit, true))).isEqualTo(1);
        assertThat(people.get(p.id()).activeTo()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void a_leaving_date_in_the_future_is_refused() {
        PersonDetails p = person("Lý Văn Tương Lai", newUnit("Phòng tương lai"));

        assertRefused("error.dateInFuture", "activeTo", () -> people.leave(p.id(), p.version(),
                LocalDate.now(clock).plusDays(1)));
        assertThat(people.get(p.id()).activeTo()).isNull();
    }

    @Test
    @WithUserDetails("xem")
    void a_viewer_cannot_create_people() {
        Long anyUnit = units.options("", 0, 1).getFirst().id();
        assertDenied(() -> person("Phan Văn Xem", anyUnit));
        assertThat(people.count(new PersonFilter("phan van xem", null, true))).isZero();
    }
}
