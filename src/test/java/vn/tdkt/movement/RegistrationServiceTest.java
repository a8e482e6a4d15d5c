package vn.tdkt.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.movement.service.RegistrationExport;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.movement.service.RegistrationService.CompletenessRow;
import vn.tdkt.movement.service.RegistrationService.UnitSheet;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

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
        UnitSheet sheet = runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year, tongHop));
        assertThat(sheet.editable()).isTrue();
        assertThat(sheet.people()).hasSizeGreaterThanOrEqualTo(5);
        Long first = sheet.people().getFirst().personId();

        runAs.as("canbo.tonghop", () -> {
            registrations.register(movement, year, tongHop, null, award("TTLDTT"));
            registrations.register(movement, year, tongHop, first, award("CSTDCS"));
        });

        UnitSheet after = runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year, tongHop));
        assertThat(after.collectiveAwardTypeId()).isEqualTo(award("TTLDTT"));
        assertThat(after.people().getFirst().awardName()).isEqualTo("Chiến sĩ thi đua cơ sở");
        CompletenessRow row = registrations.completeness(movement, year).stream()
                .filter(r -> r.unitId().equals(tongHop)).findFirst().orElseThrow();
        assertThat(row.collectiveRegistered()).isTrue();
        assertThat(row.registered()).isEqualTo(1);
        assertThat(row.complete()).isFalse();
    }

    @Test
    void a_unit_officer_cannot_touch_another_units_registration() {
        assertThatThrownBy(() -> runAs.as("canbo.tonghop",
                () -> registrations.register(movement, year, hanhChinh, null, award("TTLDTT"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year, hanhChinh)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void registration_after_the_deadline_is_refused() {
        var window = registrations.window(movement, year);
        registrations.setWindow(movement, year, window.version(), LocalDate.now(clock).minusDays(1), true);

        assertThatThrownBy(() -> runAs.as("canbo.tonghop",
                () -> registrations.register(movement, year, tongHop, null, award("TTLDTT"))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("error.registration.closed"));
        assertThat(runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year, tongHop)).editable())
                .isFalse();
    }

    @Test
    void a_closed_window_refuses_registrations() {
        var window = registrations.window(movement, year);
        registrations.setWindow(movement, year, window.version(), window.deadline(), false);

        assertThatThrownBy(() -> registrations.register(movement, year, tongHop, null, award("TTLDTT")))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void a_person_cannot_register_for_a_collective_title_nor_a_unit_for_an_individual_one() {
        Long person = registrations.unitSheet(movement, year, tongHop).people().getFirst().personId();

        assertThatThrownBy(() -> registrations.register(movement, year, tongHop, person, award("TTLDTT")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("error.registration.collectiveTitleForPerson"));
        assertThatThrownBy(() -> registrations.register(movement, year, tongHop, null, award("LDTT")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("error.registration.individualTitleForUnit"));
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

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i;
            }
        }
        return -1;
    }
}
