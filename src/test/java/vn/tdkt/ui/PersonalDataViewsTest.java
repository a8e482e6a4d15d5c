package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.history.ui.AwardSearchView;
import vn.tdkt.history.ui.PersonAwardsView;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.ui.PeopleView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.RunAs;

/** The views follow the read model of personal data: no column of blanks, no section a reader may not see. */
class PersonalDataViewsTest extends KaribuTest {

    private static final List<String> PERSONAL_COLUMNS = List.of("Giới tính", "Năm sinh", "Đảng viên");

    @Autowired
    PersonService people;
    @Autowired
    RunAs runAs;

    @SuppressWarnings("unchecked")
    private static List<String> headers() {
        Grid<?> grid = _get(Grid.class, spec -> { });
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    @Test
    void a_viewers_people_list_has_no_gender_birth_year_or_party_column() {
        login("xem");
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(headers()).contains("Họ và tên", "Đơn vị").doesNotContainAnyElementsOf(PERSONAL_COLUMNS);
        assertThat(GridKt._size(_get(Grid.class, spec -> { }))).isPositive();
    }

    @Test
    void the_secretarys_people_list_shows_the_personal_columns_for_every_unit() {
        login("thuongtruc");
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(headers()).containsAll(PERSONAL_COLUMNS);
        assertThat(_get(ComboBox.class, spec -> spec.withPlaceholder("Lọc theo đơn vị (gồm đơn vị trực thuộc)")).getValue()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_officers_people_list_starts_at_their_own_unit_and_shows_its_personal_details() {
        login("canbo.tonghop");
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(headers()).containsAll(PERSONAL_COLUMNS);
        UnitOption unit = (UnitOption) _get(ComboBox.class, spec -> spec.withPlaceholder("Lọc theo đơn vị (gồm đơn vị trực thuộc)"))
                .getValue();
        assertThat(unit.fullName()).startsWith("Phòng Tổng hợp");
        Grid<?> grid = _get(Grid.class, spec -> { });
        Grid.Column<Object> birthYear = (Grid.Column<Object>) GridKt._getColumnByHeader(grid, "Năm sinh");
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(GridKt._getFormatted((Grid<Object>) grid, 0, birthYear.getKey())).matches("\\d{4}");
    }

    @Test
    void an_officers_register_search_starts_at_their_own_unit_and_a_viewers_at_every_unit() {
        login("canbo.tonghop");
        UI.getCurrent().navigate(AwardSearchView.class);
        UnitOption unit = (UnitOption) _get(ComboBox.class,
                spec -> spec.withPlaceholder("Đơn vị (gồm đơn vị trực thuộc)")).getValue();
        assertThat(unit.fullName()).startsWith("Phòng Tổng hợp");

        login("xem");
        UI.getCurrent().navigate(AwardSearchView.class);
        assertThat(_get(ComboBox.class, spec -> spec.withPlaceholder("Đơn vị (gồm đơn vị trực thuộc)")).getValue())
                .isNull();
    }

    @Test
    void a_person_page_shows_the_ratings_to_the_person_and_not_to_a_viewer() {
        Long ha = runAs.as("thuongtruc", () -> people.page(new PersonFilter("tran thi thu ha", null, true), 0, 1))
                .getFirst().id();
        login("xem");
        UI.getCurrent().navigate(PersonAwardsView.class, ha);
        _assertNone(Grid.class, spec -> spec.withId("person-ratings"));
        assertThat(_get(Grid.class, spec -> spec.withId("person-timeline"))).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withClasses("tdkt-secondary")).getText()).doesNotContain("Năm sinh");

        login("thuongtruc");
        UI.getCurrent().navigate(PersonAwardsView.class, ha);
        _assertOne(Grid.class, spec -> spec.withId("person-ratings"));
        assertThat(_get(Span.class, spec -> spec.withClasses("tdkt-secondary")).getText()).contains("Năm sinh 1980");
    }
}
