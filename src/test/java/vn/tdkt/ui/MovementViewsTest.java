package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.DashboardService.MovementProgress;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.movement.ui.DashboardView;
import vn.tdkt.movement.ui.MovementsView;
import vn.tdkt.movement.ui.RegistrationView;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

class MovementViewsTest extends KaribuTest {

    @Autowired
    MovementService movements;
    @Autowired
    RegistrationService registrations;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    @Test
    void everyone_can_search_movements_without_accents_but_only_the_secretary_adds_them() {
        login("xem");
        UI.getCurrent().navigate(MovementsView.class);
        _assertNone(Button.class, spec -> spec.withId("movement-add"));

        _get(TextField.class, spec -> spec.withPlaceholder("Tìm phong trào (không cần dấu)")).setValue("chuyen doi so");

        @SuppressWarnings("unchecked")
        Grid<MovementRow> grid = _get(Grid.class, spec -> { });
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).name()).startsWith("Thi đua đẩy mạnh chuyển đổi số");
    }

    @Test
    void the_criteria_total_shows_whether_it_matches_the_maximum() {
        login("thuongtruc");
        UI.getCurrent().navigate(MovementsView.class);
        _get(Button.class, spec -> spec.withId("movement-add")).click();

        _get(Button.class, spec -> spec.withId("criterion-add")).click();
        Span total = _get(Span.class, spec -> spec.withId("criteria-total"));
        assertThat(total.getText()).isEqualTo("Tổng: 10/100 điểm");
        assertThat(total.getStyle().get("color")).contains("error");
    }

    @Test
    void a_unit_officer_works_on_their_own_unit_only() {
        login("canbo.tonghop");
        UI.getCurrent().navigate(RegistrationView.class);

        @SuppressWarnings("unchecked")
        ComboBox<UnitOption> unit = _get(ComboBox.class, spec -> spec.withId("registration-unit"));
        assertThat(unit.getValue().fullName()).isEqualTo("Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(unit.isReadOnly()).isTrue();
    }

    @Test
    void a_viewer_cannot_open_registration_or_the_dashboard() {
        login("xem");
        UI.getCurrent().navigate(RegistrationView.class);
        _assertNone(RegistrationView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo(ViewsTest.ACCESS_DENIED_PAGE);
        UI.getCurrent().navigate(DashboardView.class);
        _assertNone(DashboardView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo(ViewsTest.ACCESS_DENIED_PAGE);
    }

    @Test
    void the_dashboard_shows_the_registration_progress_of_running_movements() {
        // A department of three and a movement over it, launched today with registration open.
        login("quantri");
        Long department = units.create(new UnitForm(null, 0, Unique.code("TQ"), "Phòng Tổng quan thử", null,
                UnitKind.DEPARTMENT, null, 0, null)).id();
        for (String name : List.of("Hà Văn Một", "Hà Thị Hai", "Hà Văn Ba")) {
            people.create(new PersonForm(null, 0, name, Gender.MALE, 1985, false, department, null,
                    LocalDate.of(2015, 1, 1), null));
        }
        login("thuongtruc");
        LocalDate today = LocalDate.now(clock);
        String name = "Phong trào tổng quan " + Unique.code("TQ");
        MovementDetails draft = movements.save(new MovementForm(null, 0, name, null, MovementKind.REGULAR,
                department, "01-KH/TQ", today, null, today, today.plusYears(1), null, 100, Set.of(department),
                Set.of(data.award("TTLDTT"), data.award("LDTT")), List.of(new CriterionRecord(null, "Chung", 100))));
        Long movement = movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED, today, null, null)
                .id();
        registrations.setWindow(movement, today.getYear(), 0, today.plusDays(10), true);
        registrations.register(movement, today.getYear(), department, null, data.award("TTLDTT"));
        registrations.register(movement, today.getYear(), department,
                people.staffOf(department).getFirst().personId(), data.award("LDTT"));

        UI.getCurrent().navigate(DashboardView.class);

        @SuppressWarnings("unchecked")
        Grid<MovementProgress> grid = _get(Grid.class, spec -> spec.withId("dashboard-movements"));
        assertThat(GridKt._findAll(grid)).filteredOn(p -> p.movement().name().equals(name)).singleElement()
                .satisfies(p -> {
                    assertThat(p.units()).isEqualTo(1);
                    assertThat(p.unitsRegistered()).isEqualTo(1);
                    assertThat(p.staff()).isEqualTo(3);
                    assertThat(p.staffRegistered()).isEqualTo(1);
                });
    }
}
