package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.ui.AuditLogView;
import vn.tdkt.audit.ui.AuditTrailPanel;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.BaseSalaryService.BaseSalaryRecord;
import vn.tdkt.catalog.ui.BaseSalaryView;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.Revocation;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.RevocationService;
import vn.tdkt.decision.ui.DecisionView;
import vn.tdkt.history.ui.PersonAwardsView;
import vn.tdkt.history.ui.UnitAwardsView;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** What the secretary and the administrator see of money, revocations and the trail of a decision. */
class DecisionTrustViewsTest extends KaribuTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    RevocationService revocations;
    @Autowired
    AwardTypeService awardTypes;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;

    List<PersonRecord> staff;

    @BeforeEach
    void secretary() {
        login("thuongtruc");
        staff = people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"), false), 0,
                5);
    }

    private DecisionDetails draft(LocalDate date) {
        return decisions.save(new DecisionForm(null, 0, data.unit("van phong tinh uy quang tri"),
                Unique.code("TV").replace("_", "-") + "-QĐ/VPTU", date, "Nguyễn Khánh Vũ", "Chánh Văn phòng", null,
                date.getYear() - 1, date.getYear() - 1, null, null), null);
    }

    private DecisionDetails withPerson(DecisionDetails d, int index, String award) {
        return awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, staff.get(index).id(),
                null, data.award(award), null, null, null, null), null);
    }

    private static String text(Class<? extends com.vaadin.flow.component.Component> view) {
        return _get(view).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_award_without_a_money_rule_is_added_in_the_dialog_and_reads_no_money_under_the_rules() {
        DecisionDetails d = draft(LocalDate.of(2026, 9, 21));
        UI.getCurrent().navigate(DecisionView.class, d.id());

        ButtonKt._click(_get(Button.class, spec -> spec.withId("decision-add-recipient")));
        assertThat(_get(EntityDialog.class).getElement().getTextRecursively())
                .as("the dialog warns that the base of that date is not confirmed").contains("chưa chính thức");
        _get(ComboBox.class, spec -> spec.withId("recipient-person")).setValue(staff.getFirst());
        _get(ComboBox.class, spec -> spec.withId("recipient-award"))
                .setValue(awardTypes.get(data.award("GK_DANG")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("dialog-save")));
        MockVaadin.clientRoundtrip(false);

        NotificationsKt.expectNoNotifications();
        Grid<AwardRecord> grid = _get(Grid.class, spec -> spec.withId("decision-recipients"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Không có tiền thưởng theo quy định");
        assertThat(text(DecisionView.class)).contains("Tổng tiền thưởng: Không có tiền thưởng theo quy định")
                .doesNotContain("0 đồng");
    }

    @Test
    void the_decision_page_and_its_editor_warn_when_the_money_rests_on_an_unconfirmed_base() {
        DecisionDetails d = withPerson(draft(LocalDate.of(2026, 9, 22)), 1, "LDTT");
        UI.getCurrent().navigate(DecisionView.class, d.id());

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("decision-base-warning"))
                .getElement().getTextRecursively()).isEqualTo("Tiền thưởng tính theo mức lương cơ sở 2.530.000 đồng "
                        + "từ ngày 01/07/2026, mức này chưa chính thức: số tiền có thể thay đổi khi có văn bản chính "
                        + "thức.");
        assertThat(text(DecisionView.class)).contains("Tổng tiền thưởng: 760.000 đồng");

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Sửa")));
        assertThat(_get(EntityDialog.class).getElement().getTextRecursively()).contains("chưa chính thức");
    }

    @Test
    void an_imported_decision_without_money_says_there_is_no_data_not_zero() {
        Long imported = decisions.page(new DecisionFilter("-QĐ/VPTU", 2019, null), 0, 50).stream()
                .filter(r -> decisions.get(r.id()).source() == DecisionSource.IMPORT).findFirst().orElseThrow().id();
        UI.getCurrent().navigate(DecisionView.class, imported);

        assertThat(text(DecisionView.class)).contains("Tổng tiền thưởng: Không có dữ liệu").doesNotContain("0 đồng");
    }

    @Test
    void a_revocation_shows_its_date_reason_ground_and_revoker_wherever_the_award_is_shown() {
        Long unit = data.unit("phong tong hop van phong tinh uy quang tri");
        DecisionDetails d = withPerson(draft(LocalDate.of(2025, 2, 3)), 2, "LDTT");
        d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null, unit,
                data.award("TTLDTT"), null, null, null, null), null);
        d = decisions.record(d.id(), d.version());
        String reason = "Kê khai thành tích không trung thực " + Unique.code("R");
        AwardRecord person = d.awards().stream().filter(a -> a.kind() == RecipientKind.INDIVIDUAL).findFirst()
                .orElseThrow();
        AwardRecord collective = d.awards().stream().filter(a -> a.kind() == RecipientKind.COLLECTIVE).findFirst()
                .orElseThrow();
        revocations.revokeAward(person.id(), person.version(), new Revocation(LocalDate.of(2025, 8, 4), reason,
                "Điều 93 Luật Thi đua, khen thưởng 2022"));
        revocations.revokeAward(collective.id(), collective.version(), new Revocation(LocalDate.of(2025, 8, 5),
                reason, "Điều 93 Luật Thi đua, khen thưởng 2022"));
        String personLine = "Lao động tiên tiến: thu hồi ngày 04/08/2025. Lý do: " + reason
                + ". Căn cứ: Điều 93 Luật Thi đua, khen thưởng 2022. Người thu hồi: thuongtruc.";

        UI.getCurrent().navigate(DecisionView.class, d.id());
        assertThat(_get(Div.class, spec -> spec.withId("decision-revocations")).getElement().getTextRecursively())
                .contains(staff.get(2).fullName() + " — " + personLine)
                .contains("thu hồi ngày 05/08/2025");
        Details trail = _get(AuditTrailPanel.class);
        trail.setOpened(true);
        assertThat(trail.getElement().getTextRecursively()).contains("Thu hồi")
                .contains(staff.get(2).fullName() + ", ngày 04/08/2025: " + reason);

        UI.getCurrent().navigate(PersonAwardsView.class, staff.get(2).id());
        assertThat(_get(Div.class, spec -> spec.withId("person-revocations")).getElement().getTextRecursively())
                .contains("Lao động tiên tiến 2024, " + d.docNumber() + ": thu hồi ngày 04/08/2025. Lý do: " + reason);

        UI.getCurrent().navigate(UnitAwardsView.class, unit);
        assertThat(_get(Div.class, spec -> spec.withId("unit-revocations")).getElement().getTextRecursively())
                .contains("Tập thể lao động tiên tiến 2024, " + d.docNumber() + ": thu hồi ngày 05/08/2025")
                .contains("Người thu hồi: thuongtruc");
    }

    @Test
    void the_audit_log_reads_actions_records_dates_and_money_in_vietnamese() {
        DecisionDetails d = withPerson(draft(LocalDate.of(2025, 3, 4)), 3, "LDTT");
        d = decisions.record(d.id(), d.version());
        String reason = "Hủy bỏ " + Unique.code("AL");
        revocations.revoke(d.id(), d.version(), new Revocation(LocalDate.of(2025, 9, 5), reason, "Điều 93"));
        // An event written before the trail spoke Vietnamese.
        audit.record("AwardDecision", d.id(), "UPDATE", reason + " cũ: 2026-07-01 7590000 đ");

        login("quantri");
        UI.getCurrent().navigate(AuditLogView.class);
        _get(TextField.class, spec -> spec.withPlaceholder("Tìm theo người dùng, loại bản ghi, nội dung"))
                .setValue(reason);
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class, spec -> { });
        List<List<String>> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).subList(2, 5)).containsExactly("Cập nhật", "Quyết định khen thưởng",
                reason + " cũ: 01/07/2026 7.590.000 đồng");
        assertThat(rows.get(1).subList(2, 5)).containsExactly("Thu hồi", "Quyết định khen thưởng",
                d.docNumber() + ", ngày 05/09/2025: " + reason + " (Điều 93)");
        assertThat(rows).flatMap(r -> r).noneMatch(cell -> cell.startsWith("!") || cell.contains("#"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_opens_an_unconfirmed_base_in_force_to_correct_or_confirm_it_on_its_date() {
        login("quantri");
        UI.getCurrent().navigate(BaseSalaryView.class);
        Grid<BaseSalaryRecord> grid = _get(Grid.class, spec -> { });
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).effectiveFrom().equals(LocalDate.of(2026, 7, 1))).findFirst()
                .orElseThrow();

        GridKt._clickItem(grid, row);

        EntityDialog dialog = _get(EntityDialog.class);
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Hiệu lực từ ngày")).isReadOnly()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Đã có văn bản chính thức")).getValue()).isFalse();
        assertThat(_find(dialog, Button.class, spec -> spec.withText("Xóa"))).isEmpty();
    }
}
