package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.InitiativeKind;
import vn.tdkt.conduct.domain.InitiativeLevel;
import vn.tdkt.conduct.domain.ProcedureKind;
import vn.tdkt.conduct.service.ConductRecords.InitiativeRecord;
import vn.tdkt.conduct.service.ConductRecords.ProcedureRecord;
import vn.tdkt.conduct.service.ConductService;
import vn.tdkt.conduct.ui.PersonConductView;
import vn.tdkt.history.ui.PersonAwardsView;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

class PersonConductViewTest extends KaribuTest {

    @Autowired
    ConductService conduct;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    Long an;
    LocalDate today;

    @BeforeEach
    void personOfAnOwnDepartment() {
        today = LocalDate.now(clock);
        an = runAs.as("quantri", () -> {
            Long unit = units.create(new UnitForm(null, 0, Unique.code("HS"), "Phòng Hồ sơ giao diện", null,
                    UnitKind.DEPARTMENT, null, 0, null)).id();
            return people.create(new PersonForm(null, 0, "Đinh Thị Hoa", Gender.FEMALE, 1984, true, unit, null,
                    LocalDate.of(2012, 1, 1), null)).id();
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        ButtonKt._click(_get(Button.class, spec -> spec.withId("dialog-save")));
    }

    private void open() {
        UI.getCurrent().navigate(PersonConductView.class, an);
    }

    @Test
    void the_secretary_adds_an_initiative_and_a_discipline_and_sees_them_listed() {
        login("thuongtruc");
        open();
        assertThat(GridKt._size(grid("conduct-initiatives"))).isZero();
        assertThat(grid("conduct-initiatives").getEmptyStateText())
                .isEqualTo("Chưa có sáng kiến, đề tài nào được công nhận.");
        assertThat(grid("conduct-disciplines").getEmptyStateText()).isEqualTo("Không có kỷ luật nào.");
        assertThat(grid("conduct-procedures").getEmptyStateText()).isEqualTo("Không có việc nào đang xem xét.");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("add-initiative")));
        save();
        TextField title = _get(TextField.class, spec -> spec.withLabel("Tên sáng kiến, đề tài"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Chưa nhập Tên sáng kiến, đề tài.");
        NotificationsKt.expectNotifications("Chưa nhập Tên sáng kiến, đề tài.");
        title.setValue("Ứng dụng ký số văn bản đi");
        select("Cấp").setValue(InitiativeLevel.BO_TINH);
        _get(DatePicker.class, spec -> spec.withLabel("Ngày công nhận")).setValue(LocalDate.of(today.getYear() - 1,
                12, 10));
        save();
        NotificationsKt.expectNotifications("Đã lưu.");
        MockVaadin.clientRoundtrip(false);
        _assertNone(EntityDialog.class);
        assertThat(GridKt._getFormattedRow(grid("conduct-initiatives"), 0)).containsExactly(
                "10/12/" + (today.getYear() - 1), "Sáng kiến", "Ứng dụng ký số văn bản đi", "Cấp bộ, ban, ngành, tỉnh",
                "");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("add-discipline")));
        select("Hình thức kỷ luật").setValue(DisciplineForm.KHIEN_TRACH);
        _get(TextField.class, spec -> spec.withLabel("Số quyết định")).setValue("5-QĐ/VPTU");
        _get(DatePicker.class, spec -> spec.withLabel("Ngày quyết định")).setValue(today.minusMonths(2));
        _get(DatePicker.class, spec -> spec.withLabel("Hiệu lực đến ngày")).setValue(today.plusMonths(10));
        save();
        NotificationsKt.expectNotifications("Đã lưu.");
        assertThat(GridKt._getFormattedRow(grid("conduct-disciplines"), 0)).startsWith("Khiển trách")
                .contains("Đang có hiệu lực");
        assertThat(conduct.facts(List.of(an)).of(an).disciplinedOn(today)).isTrue();
    }

    @Test
    void the_secretary_deletes_a_record_after_confirming() {
        login("thuongtruc");
        conduct.saveProcedure(new ProcedureRecord(null, 0, an, ProcedureKind.THANH_TRA, today.minusDays(5), null,
                "Thanh tra công vụ"));
        open();
        assertThat(GridKt._getFormattedRow(grid("conduct-procedures"), 0)).containsExactly("Đang bị thanh tra",
                Formats.date(today.minusDays(5)), "Đang xem xét", "Thanh tra công vụ");

        GridKt._clickItem(grid("conduct-procedures"), 0);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("dialog-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Xóa bản ghi này?");
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Đã xóa.");
        assertThat(GridKt._size(grid("conduct-procedures"))).isZero();
        assertThat(conduct.person(an).procedures()).isEmpty();
    }

    @Test
    void a_council_member_reads_the_records_without_any_write_button() {
        login("thuongtruc");
        conduct.saveInitiative(new InitiativeRecord(null, 0, an, InitiativeKind.DE_TAI, "Đề tài lưu trữ số",
                InitiativeLevel.CO_SO, today.minusMonths(1), null, null));
        login("chutich");
        open();

        assertThat(GridKt._size(grid("conduct-initiatives"))).isEqualTo(1);
        for (String id : List.of("add-initiative", "add-discipline", "add-procedure")) {
            _assertNone(Button.class, spec -> spec.withId(id));
        }
        GridKt._clickItem(grid("conduct-initiatives"), 0);
        _assertNone(EntityDialog.class);
    }

    @Test
    void an_officer_of_another_unit_and_a_viewer_are_shown_the_access_denied_page() {
        for (String user : List.of("canbo.tonghop", "xem")) {
            login(user);
            open();
            _assertNone(PersonConductView.class);
            assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied")).getText())
                    .isEqualTo(ViewsTest.ACCESS_DENIED_PAGE);
        }
    }

    @Test
    void the_awards_page_links_to_the_records_only_for_those_who_may_read_them() {
        login("thuongtruc");
        UI.getCurrent().navigate(PersonAwardsView.class, an);
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("person-conduct-link"));
        assertThat(link.getText()).isEqualTo("Sáng kiến, kỷ luật");
        assertThat(link.getHref()).isEqualTo(PersonConductView.ROUTE + "/" + an);

        login("xem");
        UI.getCurrent().navigate(PersonAwardsView.class, an);
        _assertNone(RouterLink.class, spec -> spec.withId("person-conduct-link"));
    }
}
