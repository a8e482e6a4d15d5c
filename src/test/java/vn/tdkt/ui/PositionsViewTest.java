package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PositionService.PositionRecord;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.PositionsView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Unique;

class PositionsViewTest extends KaribuTest {

    @Autowired
    PositionService positions;
    @Autowired
    PersonService people;
    @Autowired
    UnitService units;

    @SuppressWarnings("unchecked")
    private static Grid<PositionRecord> grid() {
        return _get(Grid.class, spec -> { });
    }

    private static List<String> names() {
        Grid<PositionRecord> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }

    private static void openRow(String name) {
        GridKt._clickItem(grid(), names().indexOf(name));
    }

    private static TextField nameField() {
        return _get(TextField.class, spec -> spec.withLabel("Tên"));
    }

    @Test
    void an_administrator_adds_a_position_and_it_is_listed_by_its_rank() {
        login("quantri");
        UI.getCurrent().navigate(PositionsView.class);
        String name = "Phó Bí thư " + Unique.code("CV");

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Thêm chức vụ")));
        nameField().setValue(name);
        _get(IntegerField.class, spec -> spec.withLabel("Thứ bậc")).setValue(0);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("dialog-save")));

        NotificationsKt.expectNotifications("Đã lưu.");
        MockVaadin.clientRoundtrip(false);
        _assertNone(EntityDialog.class);
        assertThat(GridKt._getFormattedRow(grid(), names().indexOf(name))).containsExactly("0", name, "");
        assertThat(positions.all()).filteredOn(p -> p.name().equals(name)).extracting(PositionRecord::rank)
                .containsExactly(0);
    }

    @Test
    void a_duplicate_name_is_shown_on_the_name_field_and_the_dialog_stays_open() {
        login("quantri");
        String name = "Ủy viên " + Unique.code("CV");
        positions.save(new PositionRecord(null, 0, name, 50, true));
        UI.getCurrent().navigate(PositionsView.class);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Thêm chức vụ")));
        nameField().setValue(name);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("dialog-save")));

        String message = "Chức vụ \"" + name + "\" đã có.";
        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).isEqualTo(message);
        NotificationsKt.expectNotifications(message);
        _get(EntityDialog.class);
        assertThat(names()).filteredOn(name::equals).hasSize(1);
    }

    @Test
    void an_administrator_retires_a_position_from_its_row() {
        login("quantri");
        String name = "Tổ trưởng " + Unique.code("CV");
        positions.save(new PositionRecord(null, 0, name, 70, true));
        UI.getCurrent().navigate(PositionsView.class);

        openRow(name);
        assertThat(nameField().getValue()).isEqualTo(name);
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("Đang sử dụng"))
                .setValue(false);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("dialog-save")));

        NotificationsKt.expectNotifications("Đã lưu.");
        assertThat(GridKt._getFormattedRow(grid(), names().indexOf(name))).containsExactly("70", name,
                "Ngừng sử dụng");
    }

    @Test
    void deleting_asks_first_and_a_position_someone_holds_is_refused_with_the_reason() {
        login("quantri");
        String name = "Kế toán trưởng " + Unique.code("CV");
        PositionRecord held = positions.save(new PositionRecord(null, 0, name, 80, true));
        Long unit = units.create(new UnitForm(null, 0, Unique.code("CV"), "Phòng Kế toán thử", null,
                UnitKind.DEPARTMENT, null, 0, null)).id();
        people.create(new PersonForm(null, 0, "Mai Thị Kế Toán", Gender.FEMALE, 1979, true, unit, held.id(),
                LocalDate.of(2015, 1, 1), null));
        UI.getCurrent().navigate(PositionsView.class);

        openRow(name);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Xóa")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Xóa chức vụ?");
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo(name);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications(
                "Không thể xóa chức vụ đang được dùng; hãy chuyển sang \"Ngừng sử dụng\".");
        assertThat(names()).contains(name);
    }

    @Test
    void an_unused_position_is_deleted_after_confirmation() {
        login("quantri");
        String name = "Cộng tác viên " + Unique.code("CV");
        positions.save(new PositionRecord(null, 0, name, 99, true));
        UI.getCurrent().navigate(PositionsView.class);

        openRow(name);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Xóa")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        MockVaadin.clientRoundtrip(false);
        _assertNone(EntityDialog.class);
        assertThat(names()).doesNotContain(name);
    }

    @Test
    void a_viewer_reads_the_positions_but_a_click_opens_no_editor() {
        login("quantri");
        String name = "Chuyên viên cao cấp " + Unique.code("CV");
        positions.save(new PositionRecord(null, 0, name, 4, true));
        login("xem");
        UI.getCurrent().navigate(PositionsView.class);

        _assertNone(Button.class, spec -> spec.withText("Thêm chức vụ"));
        openRow(name);

        _assertNone(EntityDialog.class);
        assertThat(GridKt._getFormattedRow(grid(), names().indexOf(name))).containsExactly("4", name, "");
    }
}
