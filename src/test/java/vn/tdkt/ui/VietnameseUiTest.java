package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.base.ui.I18n;
import vn.tdkt.base.ui.NotFoundView;
import vn.tdkt.catalog.ui.BaseSalaryView;
import vn.tdkt.history.ui.AwardSearchView;
import vn.tdkt.history.ui.UnitAwardsView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.TestData;

/** The screens speak the user's language to the end: date pickers, unknown addresses, pages that scroll. */
class VietnameseUiTest extends KaribuTest {

    @Autowired
    TestData data;

    private DatePickerI18n calculatorDate() {
        UI.getCurrent().navigate(BaseSalaryView.class);
        DatePicker picker = _find(DatePicker.class, spec -> { }).getFirst();
        assertThat(picker.getI18n()).as("the picker has the application's texts").isNotNull();
        return picker.getI18n();
    }

    @Test
    void a_date_picker_speaks_vietnamese_starts_weeks_on_monday_and_reads_dd_mm_yyyy() {
        login("xem");
        DatePickerI18n i18n = calculatorDate();

        assertThat(i18n.getToday()).isEqualTo("Hôm nay");
        assertThat(i18n.getCancel()).isEqualTo("Hủy");
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Tháng 1").endsWith("Tháng 12");
        assertThat(i18n.getWeekdays()).startsWith("Chủ nhật", "Thứ hai").hasSize(7);
        assertThat(i18n.getWeekdaysShort()).containsExactly("CN", "T2", "T3", "T4", "T5", "T6", "T7");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(i18n.getBadInputErrorMessage()).contains("ngày/tháng/năm");
    }

    @Test
    void a_date_picker_speaks_english_when_the_user_chose_english() {
        login("xem");
        UI.getCurrent().setLocale(I18n.ENGLISH);
        DatePickerI18n i18n = calculatorDate();

        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
    }

    /**
     * The page Vaadin's router shows for an address with no page (its own is English, with the list of
     * every route in development mode). Called as the router calls it: browserless navigation to an
     * unknown address ends on the login view, so the browser journey checks the address itself.
     */
    @Test
    void an_address_with_no_page_gets_a_vietnamese_404_page_without_the_list_of_routes() {
        login("xem");
        NotFoundView view = new NotFoundView();
        UI.getCurrent().add(view);

        int status = view.setErrorParameter(null, new ErrorParameter<>(NotFoundException.class,
                new NotFoundException("Couldn't find route for 'khong-co-trang-nay'")));

        assertThat(status).isEqualTo(404);
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-not-found")).getText())
                .isEqualTo("Không có trang nào ở địa chỉ này. Hãy kiểm tra lại địa chỉ hoặc quay về trang chủ.");
        assertThat(view.getPageTitle()).isEqualTo("Không tìm thấy trang");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("khong-co-trang-nay", "so-khen-thuong");
    }

    @Test
    void the_unit_page_scrolls_and_its_grids_keep_their_rows() {
        login("xem");
        UI.getCurrent().navigate(UnitAwardsView.class, data.unit("van phong tinh uy quang tri"));

        UnitAwardsView view = _get(UnitAwardsView.class);
        assertThat(view.getClassNames()).contains("tdkt-page");
        @SuppressWarnings("rawtypes")
        List<Grid> grids = _find(Grid.class, spec -> { });
        assertThat(grids).hasSize(3).allSatisfy(grid -> {
            assertThat(grid.getStyle().get("flex-shrink")).as("a grid does not shrink to the window").isEqualTo("0");
            assertThat(grid.isAllRowsVisible() || grid.getHeight() != null).isTrue();
        });
    }

    @Test
    void the_register_keeps_its_status_column_on_screen() {
        login("xem");
        UI.getCurrent().navigate(AwardSearchView.class);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("register-grid"));
        Grid.Column<Object> status = grid.getColumnByKey("status");
        assertThat(status.getHeaderText()).isEqualTo("Trạng thái");
        assertThat(status.isFrozenToEnd()).isTrue();
    }
}
