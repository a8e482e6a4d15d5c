package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.RatingService.RatingRow;
import vn.tdkt.history.service.RatingService;
import vn.tdkt.history.ui.RatingsView;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Refusals;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

class RatingsViewTest extends KaribuTest {

    @Autowired
    RatingService ratings;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    Long unit;
    int lastYear;

    @BeforeEach
    void departmentWithTwoPeople() {
        lastYear = LocalDate.now(clock).getYear() - 1;
        unit = runAs.as("quantri", () -> {
            Long id = units.create(new UnitForm(null, 0, Unique.code("XLV"), "Phòng Xếp loại giao diện", null,
                    UnitKind.DEPARTMENT, null, 0, null)).id();
            for (String name : List.of("Vương Thị Cúc", "Lý Văn Bảo")) {
                people.create(new PersonForm(null, 0, name, Gender.FEMALE, 1986, false, id, null,
                        LocalDate.of(2016, 1, 1), null));
            }
            return id;
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<RatingRow> grid() {
        return _get(Grid.class, spec -> { });
    }

    /** Opens the ratings of the test's department for last year, as the logged-in user. */
    @SuppressWarnings("unchecked")
    private void openSheet() {
        UI.getCurrent().navigate(RatingsView.class);
        _get(ComboBox.class, spec -> spec.withLabel("Đơn vị (gồm đơn vị trực thuộc)")).setValue(units.option(unit));
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("Năm thành tích"))
                .getValue()).isEqualTo(lastYear);
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    /** The rating cell of a row, as the grid renders it. */
    @SuppressWarnings("unchecked")
    private static Component ratingCell(int row) {
        Grid.Column<RatingRow> column = GridKt._getColumnByHeader(grid(), "Xếp loại");
        return ((ComponentRenderer<? extends Component, RatingRow>) column.getRenderer())
                .createComponent(GridKt._get(grid(), row));
    }

    @SuppressWarnings("unchecked")
    private static void choose(int row, Rating rating) {
        HasValueUtilsKt._setValue((Select<Rating>) ratingCell(row), rating);
    }

    private List<Rating> saved() {
        return ratings.sheet(unit, lastYear).stream().map(RatingRow::rating).toList();
    }

    @Test
    void the_secretary_rates_a_person_and_changes_the_rating() {
        login("thuongtruc");
        openSheet();
        assertThat(GridKt._get(grid(), 0).fullName()).isEqualTo("Lý Văn Bảo");

        choose(0, Rating.HTXSNV);
        NotificationsKt.expectNotifications("Đã lưu xếp loại của Lý Văn Bảo.");
        choose(0, Rating.HTTNV);
        NotificationsKt.expectNotifications("Đã lưu xếp loại của Lý Văn Bảo.");

        assertThat(saved()).containsExactly(Rating.HTTNV, null);
        assertThat(((Select<?>) ratingCell(0)).getValue()).isEqualTo(Rating.HTTNV);
    }

    @Test
    void a_rating_someone_else_saved_meanwhile_is_not_overwritten() {
        login("thuongtruc");
        openSheet();
        RatingRow bao = ratings.sheet(unit, lastYear).getFirst();
        runAs.as("quantri", () -> ratings.save(new RatingRow(bao.personId(), bao.fullName(), null, null, 0,
                Rating.HTXSNV, "Nhập ở máy khác"), lastYear));

        choose(0, Rating.KHTNV);

        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác thay đổi. Hãy tải lại để xem bản mới "
                + "nhất rồi sửa lại; nội dung đồng chí nhập chưa được lưu.");
        assertThat(saved()).containsExactly(Rating.HTXSNV, null);
    }

    @Test
    void council_members_see_the_ratings_as_text_an_officer_of_another_unit_is_refused_a_viewer_has_no_page() {
        login("thuongtruc");
        RatingRow bao = ratings.sheet(unit, lastYear).getFirst();
        ratings.save(new RatingRow(bao.personId(), bao.fullName(), null, null, 0, Rating.HTXSNV, null), lastYear);

        login("chutich");
        openSheet();
        assertThat(ratingCell(0)).isInstanceOfSatisfying(Span.class,
                s -> assertThat(s.getText()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ"));
        assertThat(ratingCell(1)).isInstanceOfSatisfying(Span.class, s -> assertThat(s.getText()).isEmpty());

        login("canbo.tonghop");
        UI.getCurrent().navigate(RatingsView.class);
        _get(ComboBox.class, spec -> spec.withLabel("Đơn vị (gồm đơn vị trực thuộc)")).setValue(units.option(unit));
        assertThat(GridKt._size(grid())).isZero();
        NotificationsKt.expectNotifications(Refusals.ACCESS_DENIED);

        login("xem");
        UI.getCurrent().navigate(RatingsView.class);
        _assertNone(RatingsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo(ViewsTest.ACCESS_DENIED_PAGE);
        login("thuongtruc");
        assertThat(saved()).containsExactly(Rating.HTXSNV, null);
    }

    @Test
    void a_unit_officer_starts_on_their_own_unit() {
        login("canbo.tonghop");
        UI.getCurrent().navigate(RatingsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<UnitOption> picker = _get(ComboBox.class, spec -> spec.withLabel("Đơn vị (gồm đơn vị trực thuộc)"));
        assertThat(picker.getValue().fullName()).isEqualTo("Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(GridKt._size(grid())).isEqualTo(people.staffOf(picker.getValue().id()).size());
    }
}
