package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService.RoundRow;
import vn.tdkt.nomination.ui.RoundView;
import vn.tdkt.nomination.ui.RoundsView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Unique;

class RoundViewsTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<RoundRow> grid() {
        return _get(Grid.class, spec -> spec.withId("rounds-grid"));
    }

    private static java.util.List<RoundRow> rows(Grid<RoundRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void the_secretary_opens_a_round_and_moves_it_to_review_after_confirming() {
        login("thuongtruc");
        UI.getCurrent().navigate(RoundsView.class);
        _get(Button.class, spec -> spec.withId("round-add")).click();

        String name = Unique.code("Xét khen thưởng Ngày truyền thống");
        _get(TextField.class, spec -> spec.withId("round-name")).setValue(name);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AwardTypeRecord> awards = _get(MultiSelectComboBox.class,
                spec -> spec.withId("round-awards"));
        awards.setValue(awards.getListDataView().getItems().filter(a -> Set.of("GIAY_KHEN", "LDTT")
                .contains(a.code())).collect(Collectors.toSet()));
        _get(Button.class, spec -> spec.withId("dialog-save")).click();

        _get(RoundView.class);
        assertThat(_get(H2.class, spec -> spec.withId("round-title")).getText()).isEqualTo(name);
        assertThat(_get(Span.class, spec -> spec.withId("round-status")).getText()).isEqualTo("Mở nhận hồ sơ");
        _assertNone(Button.class, spec -> spec.withId("round-to-published"));

        _get(Button.class, spec -> spec.withId("round-to-reviewing")).click();
        _get(Button.class, spec -> spec.withId("round-step-confirm")).click();

        assertThat(_get(Span.class, spec -> spec.withId("round-status")).getText()).isEqualTo("Đang thẩm định");
        assertThat(_find(Button.class).stream().map(Button::getId).flatMap(java.util.Optional::stream)
                .filter(id -> id.startsWith("round-to-"))).containsExactly("round-to-published", "round-to-open");
        @SuppressWarnings("unchecked")
        Grid<?> history = _get(Grid.class, spec -> spec.withId("round-history"));
        assertThat(GridKt._size(history)).isEqualTo(1);
    }

    @Test
    void a_refused_field_is_marked_in_the_form_and_nothing_is_lost() {
        login("thuongtruc");
        UI.getCurrent().navigate(RoundsView.class);
        _get(Button.class, spec -> spec.withId("round-add")).click();
        String name = Unique.code("Đợt chưa chọn danh hiệu");
        _get(TextField.class, spec -> spec.withId("round-name")).setValue(name);

        _get(Button.class, spec -> spec.withId("dialog-save")).click();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AwardTypeRecord> awards = _get(MultiSelectComboBox.class,
                spec -> spec.withId("round-awards"));
        assertThat(awards.isInvalid()).isTrue();
        assertThat(awards.getErrorMessage())
                .isEqualTo("Chọn ít nhất một danh hiệu, hình thức khen thưởng được đề nghị trong đợt.");
        assertThat(_get(TextField.class, spec -> spec.withId("round-name")).getValue()).isEqualTo(name);
    }

    @Test
    void the_list_shows_the_status_and_the_days_left_to_the_current_deadline() {
        login("thuongtruc");
        UI.getCurrent().navigate(RoundsView.class);
        _get(TextField.class, spec -> spec.withId("rounds-search")).setValue("xet khen thuong tong ket nam 2026");

        Grid<RoundRow> grid = grid();
        assertThat(rows(grid)).extracting(RoundRow::name).containsExactly("Xét khen thưởng tổng kết năm 2026");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("Mở nhận hồ sơ");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "deadline")).getText())
                .isEqualTo("15/12/2026 (còn 25 ngày)");
        assertThat(_get(Span.class, spec -> spec.withId("rounds-total")).getText()).isEqualTo("1 đợt xét");

        _get(TextField.class, spec -> spec.withId("rounds-search")).setValue("khong co dot nay");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("Chưa có đợt xét khen thưởng nào phù hợp.");
    }

    @Test
    void a_viewer_sees_published_rounds_only_and_cannot_open_or_move_one() {
        login("xem");
        UI.getCurrent().navigate(RoundsView.class);
        _assertNone(Button.class, spec -> spec.withId("round-add"));
        assertThat(_find(SideNavItem.class, spec -> { })).extracting(SideNavItem::getLabel)
                .containsSubsequence("Phong trào thi đua", "Đợt xét khen thưởng");

        java.util.List<RoundRow> seen = rows(grid());
        assertThat(seen).extracting(RoundRow::name).contains("Xét khen thưởng tổng kết năm 2025")
                .doesNotContain("Xét khen thưởng tổng kết năm 2026");
        assertThat(seen).extracting(RoundRow::status).allMatch(RoundStatus::isPublic);

        RoundRow decided = seen.stream().filter(r -> r.name().equals("Xét khen thưởng tổng kết năm 2025"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(RoundView.class, decided.id());
        assertThat(_get(Span.class, spec -> spec.withId("round-status")).getText()).isEqualTo("Đã có quyết định");
        _assertNone(Button.class, spec -> spec.withId("round-edit"));
        _assertNone(Button.class, spec -> spec.withId("round-to-closed"));
    }
}
