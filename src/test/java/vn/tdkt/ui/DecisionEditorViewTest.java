package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AmendmentRecord;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.ui.DecisionView;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** The secretary's edit flows on one decision page: draft, recipients, recording, amendment, revocation. */
class DecisionEditorViewTest extends KaribuTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    AwardSearchService register;
    @Autowired
    PersonService people;
    @Autowired
    AwardTypeService awardTypes;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    String number;
    LocalDate date;
    List<PersonRecord> staff;

    @BeforeEach
    void secretary() {
        login("thuongtruc");
        number = Unique.code("QD").replace("_", "-") + "/QĐ-UBND";
        date = LocalDate.now(clock).minusMonths(2);
        staff = people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"), false), 0,
                3);
    }

    private DecisionDetails draft(int recipients) {
        DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                number, date, "Hà Sỹ Đồng", "Phó Chủ tịch UBND tỉnh", null, date.getYear() - 1, date.getYear() - 1,
                null, null), null);
        for (int i = 0; i < recipients; i++) {
            d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL,
                    staff.get(i).id(), null, data.award("LDTT"), i + 1, null, null, null), null);
        }
        return d;
    }

    private DecisionDetails recorded(int recipients) {
        DecisionDetails d = draft(recipients);
        return decisions.record(d.id(), d.version());
    }

    private static void open(DecisionDetails d) {
        UI.getCurrent().navigate(DecisionView.class, d.id());
    }

    private static String page() {
        return _get(DecisionView.class).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AwardRecord> recipients() {
        return _get(Grid.class, spec -> spec.withId("decision-recipients"));
    }

    /** The edit / remove / revoke buttons of a recipient row, as the grid renders them. */
    @SuppressWarnings("unchecked")
    private static List<Button> rowButtons(int row) {
        Grid<AwardRecord> grid = recipients();
        Grid.Column<AwardRecord> actions = grid.getColumns().getLast();
        Component cell = ((ComponentRenderer<? extends Component, AwardRecord>) actions.getRenderer())
                .createComponent(GridKt._get(grid, row));
        return cell.getChildren().map(Button.class::cast).toList();
    }

    private static void click(String text) {
        ButtonKt._click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static void save() {
        ButtonKt._click(_get(Button.class, spec -> spec.withId("dialog-save")));
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    private static void dialogClosed() {
        MockVaadin.clientRoundtrip(false);
        _assertNone(EntityDialog.class);
    }

    @Test
    void a_drafts_header_is_edited_in_its_dialog_and_shown_on_the_page() {
        DecisionDetails d = draft(0);
        open(d);

        click("Sửa");
        assertThat(field(TextField.class, "Người ký").getValue()).isEqualTo("Hà Sỹ Đồng");
        field(TextField.class, "Người ký").setValue("Võ Văn Hưng");
        field(TextArea.class, "Lý do khen thưởng").setValue("Có thành tích xuất sắc trong công tác cải cách");
        save();

        dialogClosed();
        assertThat(page()).contains("Người ký: Phó Chủ tịch UBND tỉnh, Võ Văn Hưng")
                .contains("Lý do khen thưởng: Có thành tích xuất sắc trong công tác cải cách");
        assertThat(_get(Span.class, spec -> spec.withId("decision-status")).getText()).isEqualTo("Dự thảo");
        assertThat(decisions.get(d.id()).signerName()).isEqualTo("Võ Văn Hưng");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_recipient_is_added_edited_and_removed_on_a_draft() {
        DecisionDetails d = draft(0);
        open(d);
        AwardTypeRecord ldtt = awardTypes.get(data.award("LDTT"));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("decision-add-recipient")));
        _get(ComboBox.class, spec -> spec.withId("recipient-person")).setValue(staff.getFirst());
        _get(ComboBox.class, spec -> spec.withId("recipient-award")).setValue(ldtt);
        field(IntegerField.class, "Số sổ vàng").setValue(3);
        save();

        dialogClosed();
        assertThat(_get(H3.class, spec -> spec.withText("Danh sách được khen (1)"))).isNotNull();
        assertThat(GridKt._get(recipients(), 0)).satisfies(r -> {
            assertThat(r.name()).isEqualTo(staff.getFirst().fullName());
            assertThat(r.registerNo()).isEqualTo(3);
            assertThat(r.awardName()).isEqualTo("Lao động tiên tiến");
            assertThat(r.state()).isEqualTo(AwardState.DRAFT);
        });

        rowButtons(0).getFirst().click();
        assertThat(field(IntegerField.class, "Số sổ vàng").getValue()).isEqualTo(3);
        field(IntegerField.class, "Số sổ vàng").setValue(7);
        save();
        dialogClosed();
        assertThat(GridKt._get(recipients(), 0).registerNo()).isEqualTo(7);

        rowButtons(0).get(1).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("Bỏ " + staff.getFirst().fullName()
                + " khỏi dự thảo quyết định?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(GridKt._size(recipients())).isZero();
        assertThat(decisions.get(d.id()).awards()).isEmpty();
    }

    @Test
    void recording_asks_first_then_locks_the_draft_into_the_register() {
        DecisionDetails d = draft(2);
        open(d);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("decision-record")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("Vào sổ quyết định " + number
                + " với 2 người / tập thể? Sau khi vào sổ, mọi thay đổi phải qua điều chỉnh.");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(Span.class, spec -> spec.withId("decision-status")).getText()).isEqualTo("Đã vào sổ");
        _assertNone(Button.class, spec -> spec.withId("decision-record"));
        _get(Button.class, spec -> spec.withText("Điều chỉnh"));
        _get(Button.class, spec -> spec.withId("decision-revoke"));
        assertThat(rowButtons(0)).extracting(Button::getTooltip).extracting(t -> t.getText())
                .containsExactly("Điều chỉnh", "Thu hồi khen thưởng của người / tập thể này");
        assertThat(register.count(AwardQuery.all().withText(number))).isEqualTo(2);
    }

    @Test
    void recorded_decision_changes_only_with_an_amendment_reason() {
        DecisionDetails d = recorded(1);
        open(d);

        click("Điều chỉnh");
        field(TextField.class, "Người ký").setValue("Võ Văn Hưng");
        save();

        TextField reason = field(TextField.class, "Lý do điều chỉnh");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Quyết định đã vào sổ: hãy ghi lý do điều chỉnh.");
        NotificationsKt.expectNotifications("Quyết định đã vào sổ: hãy ghi lý do điều chỉnh.");
        assertThat(decisions.get(d.id()).signerName()).isEqualTo("Hà Sỹ Đồng");

        reason.setValue("Ghi nhầm người ký");
        field(TextField.class, "Văn bản điều chỉnh (nếu có)").setValue("12/QĐ-UBND");
        save();

        dialogClosed();
        assertThat(page()).contains("Người ký: Phó Chủ tịch UBND tỉnh, Võ Văn Hưng");
        @SuppressWarnings("unchecked")
        Grid<AmendmentRecord> amendments = _get(Grid.class, spec -> spec.withId("decision-amendments"));
        assertThat(GridKt._size(amendments)).isEqualTo(1);
        assertThat(GridKt._get(amendments, 0)).satisfies(a -> {
            assertThat(a.reason()).isEqualTo("Ghi nhầm người ký");
            assertThat(a.docNumber()).isEqualTo("12/QĐ-UBND");
            assertThat(a.changes()).isEqualTo("Người ký: Hà Sỹ Đồng → Võ Văn Hưng");
            assertThat(a.by()).isEqualTo("thuongtruc");
        });
        assertThat(decisions.get(d.id()).status()).isEqualTo(DecisionStatus.RECORDED);
    }

    @Test
    void a_recipient_is_revoked_only_with_a_reason_and_then_shows_as_revoked() {
        DecisionDetails d = recorded(2);
        open(d);
        String name = GridKt._get(recipients(), 0).name();

        rowButtons(0).get(1).click();
        assertThat(_get(EntityDialog.class).getHeaderTitle()).isEqualTo("Thu hồi khen thưởng: " + name);
        save();
        TextArea reason = field(TextArea.class, "Lý do thu hồi");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Chưa nhập lý do thu hồi.");
        NotificationsKt.expectNotifications("Chưa nhập lý do thu hồi.");
        assertThat(register.count(AwardQuery.all().withText(number))).isEqualTo(2);

        reason.setValue("Thành tích không đúng sự thật");
        field(TextField.class, "Căn cứ pháp lý").setValue("Điều 93 Luật Thi đua, khen thưởng 2022");
        save();

        dialogClosed();
        assertThat(GridKt._get(recipients(), 0)).satisfies(r -> {
            assertThat(r.state()).isEqualTo(AwardState.REVOKED);
            assertThat(r.revokeReason()).isEqualTo("Thành tích không đúng sự thật");
        });
        assertThat(GridKt._get(recipients(), 1).state()).isEqualTo(AwardState.ACTIVE);
        assertThat(rowButtons(0)).as("a revoked award offers no more actions").isEmpty();
        assertThat(register.count(AwardQuery.all().withText(number))).isEqualTo(1);
    }

    @Test
    void a_page_opened_before_someone_elses_change_gets_the_reload_message_and_keeps_their_change() {
        DecisionDetails d = draft(0);
        open(d);
        decisions.save(new DecisionForm(d.id(), d.version(), d.issuerUnitId(), number, date, "Người ký khác", null,
                null, d.yearFrom(), d.yearTo(), null, null), null);

        click("Sửa");
        field(TextField.class, "Người ký").setValue("Võ Văn Hưng");
        save();

        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác thay đổi. Hãy tải lại để xem bản mới "
                + "nhất rồi sửa lại; nội dung đồng chí nhập chưa được lưu.");
        assertThat(field(TextField.class, "Người ký").getValue()).as("what was typed stays").isEqualTo("Võ Văn Hưng");
        assertThat(decisions.get(d.id()).signerName()).isEqualTo("Người ký khác");
    }
}
