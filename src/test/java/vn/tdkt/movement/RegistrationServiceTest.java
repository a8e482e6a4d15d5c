package vn.tdkt.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.RegistrationExport;
import vn.tdkt.movement.service.RegistrationService.CompletenessRow;
import vn.tdkt.movement.service.RegistrationService.SheetRow;
import vn.tdkt.movement.service.RegistrationService.UnitSheet;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("thuongtruc")
class RegistrationServiceTest {

    @Autowired
    MovementService movements;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationExport export;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    UserService users;
    @Autowired
    AwardTypeService awardTypes;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    Long movement;
    int year;
    Long tongHop;
    Long hanhChinh;

    @Autowired
    TestData data;

    private Long award(String code) {
        return data.award(code);
    }

    @BeforeEach
    void launchedMovementWithOpenWindow() {
        Long office = data.unit("van phong tinh uy quang tri");
        tongHop = data.unit("phong tong hop van phong tinh uy quang tri");
        hanhChinh = data.unit("phong hanh chinh luu tru van phong tinh uy quang tri");
        year = LocalDate.now(clock).getYear();
        MovementDetails draft = movements.save(new MovementForm(null, 0, "Phong trào đăng ký thử", null,
                MovementKind.REGULAR, office, "01-KH/VPTU", LocalDate.now(clock), null,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31), null, 100, Set.of(office),
                Set.of(award("LDTT"), award("CSTDCS"), award("TTLDTT")),
                List.of(new CriterionRecord(null, "Hoàn thành nhiệm vụ", 100))));
        MovementDetails launched = movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED,
                LocalDate.now(clock), null, null);
        movement = launched.id();
        registrations.setWindow(movement, year, 0, LocalDate.now(clock).plusDays(10), true);
    }

    @Test
    void a_unit_officer_registers_the_unit_and_its_people_and_the_secretary_sees_it() {
        // A department of its own with two people and its own officer, inside the movement's scope.
        String officer = Unique.code("cb").toLowerCase();
        Long department = runAs.as("quantri", () -> {
            Long id = units.create(new UnitForm(null, 0, Unique.code("DK"), "Phòng Đăng ký thử", null,
                    UnitKind.DEPARTMENT, data.unit("van phong tinh uy quang tri"), 0, null)).id();
            for (String name : List.of("Trần Văn Bình", "Lê Thị An")) {
                people.create(new PersonForm(null, 0, name, Gender.FEMALE, 1985, true, id, null,
                        LocalDate.of(2015, 1, 1), null));
            }
            users.create(new UserForm(null, 0, officer, "Cán Bộ Đăng Ký", EnumSet.of(Role.UNIT_OFFICER), id,
                    "Mùa thu Hà Nội lá vàng rơi"));
            return id;
        });
        UnitSheet sheet = runAs.as(officer, () -> registrations.unitSheet(movement, year, department));
        assertThat(sheet.editable()).isTrue();
        assertThat(sheet.people()).extracting(SheetRow::fullName).containsExactly("Lê Thị An", "Trần Văn Bình");
        Long first = sheet.people().getFirst().personId();

        runAs.as(officer, () -> {
            registrations.register(movement, year, department, null, award("TTLDTT"));
            registrations.register(movement, year, department, first, award("CSTDCS"));
        });

        UnitSheet after = runAs.as(officer, () -> registrations.unitSheet(movement, year, department));
        assertThat(after.collectiveAwardTypeId()).isEqualTo(award("TTLDTT"));
        assertThat(after.people()).extracting(SheetRow::awardName).containsExactly("Chiến sĩ thi đua cơ sở", null);
        CompletenessRow row = registrations.completeness(movement, year).stream()
                .filter(r -> r.unitId().equals(department)).findFirst().orElseThrow();
        assertThat(row.collectiveRegistered()).isTrue();
        assertThat(row.staff()).isEqualTo(2);
        assertThat(row.registered()).isEqualTo(1);
        assertThat(row.complete()).isFalse();
    }

    @Test
    void a_unit_officer_cannot_touch_another_units_registration() {
        assertDenied(() -> runAs.as("canbo.tonghop",
                () -> registrations.register(movement, year, hanhChinh, null, award("TTLDTT"))));
        assertDenied(() -> runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year, hanhChinh)));
        assertThat(registrations.unitSheet(movement, year, hanhChinh).collectiveAwardTypeId()).isNull();
    }

    @Test
    void registration_after_the_deadline_is_refused() {
        var window = registrations.window(movement, year);
        registrations.setWindow(movement, year, window.version(), LocalDate.now(clock).minusDays(1), true);

        BusinessException refusal = assertRefused("error.registration.closed", () -> runAs.as("canbo.tonghop",
                () -> registrations.register(movement, year, tongHop, null, award("TTLDTT"))));
        assertThat(refusal.getArgs()).containsExactly(LocalDate.now(clock).minusDays(1));
        assertThat(runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year, tongHop)).editable())
                .isFalse();
    }

    @Test
    void a_closed_window_refuses_registrations() {
        var window = registrations.window(movement, year);
        registrations.setWindow(movement, year, window.version(), window.deadline(), false);

        assertRefused("error.registration.closed", () -> registrations.register(movement, year, tongHop, null,
                award("TTLDTT")));
        assertThat(registrations.unitSheet(movement, year, tongHop).collectiveAwardTypeId()).isNull();
    }

    @Test
    void a_person_cannot_register_for_a_collective_title_nor_a_unit_for_an_individual_one() {
        Long person = registrations.unitSheet(movement, year, tongHop).people().getFirst().personId();

        assertRefused("error.registration.collectiveTitleForPerson", "awardType",
                () -> registrations.register(movement, year, tongHop, person, award("TTLDTT")));
        assertRefused("error.registration.individualTitleForUnit", "awardType",
                () -> registrations.register(movement, year, tongHop, null, award("LDTT")));
    }

    @Test
    void the_export_lists_units_in_organisation_order_with_their_people() throws IOException {
        Long person = registrations.unitSheet(movement, year, tongHop).people().getFirst().personId();
        registrations.register(movement, year, tongHop, null, award("TTLDTT"));
        registrations.register(movement, year, tongHop, person, award("LDTT"));

        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(movement, year)))) {
            for (Row row : book.getSheetAt(0)) {
                StringBuilder line = new StringBuilder();
                row.forEach(c -> line.append(c.toString()).append('|'));
                lines.add(line.toString());
            }
        }
        assertThat(lines.getFirst()).startsWith("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM " + year);
        int tongHopRow = indexOf(lines, "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị");
        int hanhChinhRow = indexOf(lines, "Phòng Hành chính – Lưu trữ, Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(tongHopRow).isPositive().isLessThan(hanhChinhRow);
        assertThat(lines.get(tongHopRow)).contains("Tập thể: Tập thể lao động tiên tiến");
        assertThat(lines.get(tongHopRow + 1)).startsWith("1.0|").contains("Trưởng phòng").contains("Lao động tiên tiến");
    }

    @Test
    void names_that_look_like_formulas_are_exported_as_quoted_text() throws IOException {
        String hostile = "=HYPERLINK(\"http://example.invalid/\",\"Bấm vào đây\")";
        runAs.as("quantri", () -> {
            Long id = units.create(new UnitForm(null, 0, Unique.code("CT"), "@Phòng Công thức", null,
                    UnitKind.DEPARTMENT, data.unit("van phong tinh uy quang tri"), 0, null)).id();
            return people.create(new PersonForm(null, 0, hostile, Gender.MALE, 1980, true, id, null,
                    LocalDate.of(2015, 1, 1), null));
        });
        List<org.apache.poi.ss.usermodel.Cell> found = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(movement, year)))) {
            for (Row row : book.getSheetAt(0)) {
                row.forEach(c -> {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                            || c.toString().equals(hostile) || c.toString().startsWith("@Phòng Công thức")) {
                        found.add(c);
                    }
                });
            }
            assertThat(found).hasSize(2).allSatisfy(c -> {
                assertThat(c.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getStringCellValue()).isTrue();
            });
            // the ordinary cells keep their plain style
            Row head = book.getSheetAt(0).getRow(found.get(1).getRowIndex());
            assertThat(head.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i;
            }
        }
        return -1;
    }
}
