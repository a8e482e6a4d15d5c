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
import org.junit.jupiter.api.Test;
import vn.tdkt.movement.service.DashboardService.MovementProgress;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.ui.DashboardView;
import vn.tdkt.movement.ui.MovementsView;
import vn.tdkt.movement.ui.RegistrationView;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.support.KaribuTest;

class MovementViewsTest extends KaribuTest {

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
        login("thuongtruc");
        UI.getCurrent().navigate(DashboardView.class);

        @SuppressWarnings("unchecked")
        Grid<MovementProgress> grid = _get(Grid.class, spec -> spec.withId("dashboard-movements"));
        MovementProgress quangTri = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .filter(p -> p.movement().name().equals("Tham mưu giỏi, phục vụ tốt")).findFirst().orElseThrow();
        assertThat(quangTri.unitsRegistered()).isEqualTo(2);
        assertThat(quangTri.staffRegistered()).isGreaterThan(10).isLessThan(quangTri.staff());
    }
}
