package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.UnitService.UnitNode;
import vn.tdkt.organization.ui.PeopleView;
import vn.tdkt.organization.ui.UnitsView;
import vn.tdkt.security.ui.UsersView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Unique;

class ViewsTest extends KaribuTest {

    static final String ACCESS_DENIED_PAGE = "Đồng chí không có quyền mở trang này. Nếu cần, hãy đề nghị quản trị hệ "
            + "thống cấp quyền.";

    private static <T> List<String> rows(Grid<T> grid, Function<T, String> text) {
        List<String> rows = new ArrayList<>();
        int size = GridKt._size(grid);
        for (int i = 0; i < size; i++) {
            rows.add(text.apply(GridKt._get(grid, i)));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<UnitNode> unitTree() {
        return _get(TreeGrid.class, spec -> { });
    }

    @Test
    void a_viewer_does_not_see_or_reach_user_administration() {
        login("xem");
        UI.getCurrent().navigate(UnitsView.class);

        assertThat(_find(SideNavItem.class, spec -> { })).extracting(SideNavItem::getLabel)
                .contains("Đơn vị", "Cán bộ").doesNotContain("Người dùng", "Nhật ký hệ thống");
        UI.getCurrent().navigate("quan-tri/nguoi-dung");
        _assertNone(UsersView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo(ACCESS_DENIED_PAGE);
        assertThat(_get(H1.class, spec -> spec.withClasses("tdkt-view-title")).getText())
                .isEqualTo("Không có quyền truy cập");
    }

    @Test
    void an_administrator_reaches_user_administration() {
        login("quantri");
        UI.getCurrent().navigate(UsersView.class);
        _get(UsersView.class);
        assertThat(_find(SideNavItem.class, spec -> { })).extracting(SideNavItem::getLabel).contains("Người dùng");
    }

    @Test
    void searching_the_tree_without_accents_shows_the_provincial_office() {
        login("xem");
        UI.getCurrent().navigate(UnitsView.class);

        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("quang tri");

        assertThat(rows(unitTree(), UnitNode::name)).contains("Văn phòng Trung ương Đảng",
                "Văn phòng Tỉnh ủy Quảng Trị").doesNotContain("Văn phòng Tỉnh ủy Hậu Giang");
        _assertNone(Button.class, spec -> spec.withId("unit-add-root"));
    }

    @Test
    void an_administrator_creates_a_unit_and_sees_it_in_the_tree() {
        login("quantri");
        UI.getCurrent().navigate(UnitsView.class);
        String code = Unique.code("UI");

        _get(Button.class, spec -> spec.withId("unit-add-root")).click();
        _get(TextField.class, spec -> spec.withId("unit-code")).setValue(code);
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("Ban Thi đua thử nghiệm");
        _get(Button.class, spec -> spec.withId("dialog-save")).click();

        NotificationsKt.expectNotifications("Đã lưu đơn vị Ban Thi đua thử nghiệm.");
        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("ban thi dua thu nghiem");
        assertThat(rows(unitTree(), UnitNode::code)).contains(code);
    }

    @Test
    void a_duplicate_unit_code_is_shown_on_the_field_and_the_dialog_stays_open() {
        login("quantri");
        UI.getCurrent().navigate(UnitsView.class);

        _get(Button.class, spec -> spec.withId("unit-add-root")).click();
        TextField code = _get(TextField.class, spec -> spec.withId("unit-code"));
        code.setValue("vptw");
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("Trùng mã");
        _get(Button.class, spec -> spec.withId("dialog-save")).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Mã đơn vị VPTW đã được dùng cho đơn vị khác.");
        assertThat(_get(TextField.class, spec -> spec.withId("unit-name")).getValue()).isEqualTo("Trùng mã");
    }

    @Test
    void the_people_list_filters_by_name_without_accents() {
        login("xem");
        UI.getCurrent().navigate(PeopleView.class);

        _get(TextField.class, spec -> spec.withId("person-search")).setValue("nguyen khanh vu");

        @SuppressWarnings("unchecked")
        Grid<PersonRecord> grid = _get(Grid.class, spec -> { });
        assertThat(rows(grid, PersonRecord::fullName)).containsExactly("Nguyễn Khánh Vũ");
        _assertNone(Button.class, spec -> spec.withId("person-add"));
    }

    @Test
    void a_weak_password_is_refused_with_a_vietnamese_message_on_the_field() {
        login("quantri");
        UI.getCurrent().navigate(UsersView.class);

        _get(Button.class, spec -> spec.withId("user-add")).click();
        _get(TextField.class, spec -> spec.withId("user-username")).setValue(Unique.code("ui").toLowerCase());
        _get(TextField.class, spec -> spec.withId("user-fullname")).setValue("Cán Bộ Thử");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        password.setValue("12345678");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<vn.tdkt.base.domain.Role> roles =
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> { });
        roles.setValue(java.util.Set.of(vn.tdkt.base.domain.Role.VIEWER));
        _get(Button.class, spec -> spec.withId("dialog-save")).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("ít nhất 12 ký tự");
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field_on_the_account_page() {
        login("xem");
        UI.getCurrent().navigate(vn.tdkt.security.ui.AccountView.class);

        PasswordField current = _get(PasswordField.class, spec -> spec.withId("account-current"));
        current.setValue("khong-dung");
        _get(PasswordField.class, spec -> spec.withId("account-new")).setValue("Moi@2026z");
        _get(PasswordField.class, spec -> spec.withId("account-repeat")).setValue("Moi@2026z");
        _get(Button.class, spec -> spec.withId("account-save")).click();

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng.");
    }

    @Test
    void a_new_sub_unit_deep_in_the_tree_is_shown_right_after_saving() {
        login("quantri");
        UI.getCurrent().navigate(UnitsView.class);
        TreeGrid<UnitNode> tree = unitTree();
        tree.expand(GridKt._get(tree, rows(tree, UnitNode::code).indexOf("VPTU_QT")));
        UnitNode tongHop = GridKt._get(tree, rows(tree, UnitNode::code).indexOf("QT_TH"));
        tree.select(tongHop);
        String code = Unique.code("TO");

        _get(Button.class, spec -> spec.withId("unit-add-child")).click();
        _get(TextField.class, spec -> spec.withId("unit-code")).setValue(code);
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("Tổ Thư ký");
        _get(Button.class, spec -> spec.withId("dialog-save")).click();

        assertThat(rows(tree, UnitNode::code)).contains(code);
        // Folded away, then saved again from its details: the tree opens down to it.
        tree.collapse(GridKt._get(tree, rows(tree, UnitNode::code).indexOf("VPTU_QT")));
        assertThat(rows(tree, UnitNode::code)).doesNotContain(code);
        _get(Button.class, spec -> spec.withId("unit-edit")).click();
        _get(Button.class, spec -> spec.withId("dialog-save")).click();
        assertThat(rows(tree, UnitNode::code)).contains(code);
    }
}
