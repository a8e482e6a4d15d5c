package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.eligibility.Check;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.NominationService.NominationRow;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.ui.NominationView;
import vn.tdkt.nomination.ui.RoundView;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

class NominationViewsTest extends KaribuTest {

    @Autowired
    AwardRoundService rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    private RoundDetails round() {
        return run.as("thuongtruc", () -> rounds.save(new RoundForm(null, 0, Unique.code("Đợt thử màn hình"),
                RoundKind.TONG_KET_NAM, 2026, 2026, null, DecidingBody.OWN_COUNCIL, null,
                data.unit("van phong tinh uy quang tri"), Set.of(), Set.of(data.award("LDTT"), data.award("CSTD_TINH")),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), null, null)));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void an_officer_sees_the_checklist_before_saving_and_cannot_submit_what_the_law_refuses() {
        login("canbo.tonghop");
        RoundDetails round = round();
        StaffMember notOnStreak = people.staffOf(data.unit("phong tong hop van phong tinh uy quang tri")).getLast();
        UI.getCurrent().navigate("thi-dua/dot-xet/ho-so",
                com.vaadin.flow.router.QueryParameters.of("dot", String.valueOf(round.id())));

        ComboBox<StaffMember> person = combo("nomination-person");
        person.setValue(person.getListDataView().getItems().filter(p -> p.personId().equals(notOnStreak.personId()))
                .findFirst().orElseThrow());
        ComboBox<AwardTypeRecord> award = combo("nomination-award");
        award.setValue(award.getListDataView().getItems().filter(a -> a.code().equals("CSTD_TINH")).findFirst()
                .orElseThrow());

        Grid<Check> checklist = grid("nomination-checklist");
        assertThat(rows(checklist)).extracting(c -> c.criterion().name()).contains("STREAK_CSTDCS");
        assertThat(_get(Span.class, spec -> spec.withId("nomination-verdict")).getText())
                .isEqualTo("Chưa đủ điều kiện");

        _get(TextArea.class, spec -> spec.withId("nomination-summary")).setValue("Tham mưu tốt");
        _get(TextArea.class, spec -> spec.withId("nomination-achievements")).setValue("Hoàn thành xuất sắc");
        _get(Button.class, spec -> spec.withId("nomination-save")).click();

        _get(NominationView.class);
        assertThat(_get(H2.class, spec -> spec.withId("nomination-title")).getText())
                .isEqualTo(notOnStreak.fullName() + " — Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh");
        assertThat(_get(Span.class, spec -> spec.withId("nomination-status")).getText()).isEqualTo("Dự thảo");
        _get(Button.class, spec -> spec.withId("nomination-submit")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        // Refused: still a draft, and no waiver button for the officer.
        assertThat(_get(Span.class, spec -> spec.withId("nomination-status")).getText()).isEqualTo("Dự thảo");
        _assertNone(Button.class, spec -> spec.withId("waive-streak_cstdcs"));
    }

    @Test
    void the_secretary_returns_a_dossier_with_a_comment_and_the_round_lists_it_for_the_unit() {
        login("thuongtruc");
        RoundDetails round = round();
        StaffMember member = people.staffOf(data.unit("phong tong hop van phong tinh uy quang tri")).get(1);
        Long id = run.as("canbo.tonghop", () -> {
            var d = nominations.save(new NominationService.NominationForm(null, 0, round.id(),
                    data.unit("phong tong hop van phong tinh uy quang tri"),
                    vn.tdkt.catalog.domain.RecipientKind.INDIVIDUAL, member.personId(), null, data.award("LDTT"),
                    "Hoàn thành tốt nhiệm vụ", new vn.tdkt.nomination.domain.AchievementReport(null, "Thành tích",
                            null, null), vn.tdkt.nomination.domain.UnitMeeting.NONE, List.of()));
            return nominations.submit(d.row().id(), d.row().version()).row().id();
        });
        UI.getCurrent().navigate(NominationView.class, id);
        _get(Button.class, spec -> spec.withId("nomination-return")).click();
        _get(Button.class, spec -> spec.withId("nomination-dialog-confirm")).click();
        // A return needs a comment: the dialog stays with the message.
        assertThat(_get(TextArea.class, spec -> spec.withId("nomination-dialog-text")).getErrorMessage())
                .isEqualTo("Ghi ý kiến khi trả lại hoặc không chấp nhận hồ sơ.");
        _get(TextArea.class, spec -> spec.withId("nomination-dialog-text")).setValue("Bổ sung biên bản họp");
        _get(Button.class, spec -> spec.withId("nomination-dialog-confirm")).click();
        assertThat(_get(Span.class, spec -> spec.withId("nomination-status")).getText())
                .isEqualTo("Trả lại bổ sung");

        login("canbo.tonghop");
        UI.getCurrent().navigate(RoundView.class, round.id());
        Grid<NominationRow> list = grid("nominations-grid");
        assertThat(rows(list)).extracting(NominationRow::recipientName).containsExactly(member.fullName());
        UI.getCurrent().navigate(NominationView.class, id);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("nomination-return-comment")).getText()).endsWith("Bổ sung biên bản họp");
        _get(Button.class, spec -> spec.withId("nomination-submit"));
    }
}
