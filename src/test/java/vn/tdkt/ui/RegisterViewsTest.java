package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.ui.DecisionView;
import vn.tdkt.decision.ui.DecisionsView;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.ui.AwardSearchView;
import vn.tdkt.history.ui.PersonAwardsView;
import vn.tdkt.history.ui.StatisticsView;
import vn.tdkt.importing.ui.ImportView;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

class RegisterViewsTest extends KaribuTest {

    @Autowired
    Clock clock;

    @Autowired
    AwardSearchService register;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    UnitService units;
    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void a_viewer_searches_the_register_without_accents_and_sees_the_count() {
        login("xem");
        UI.getCurrent().navigate(AwardSearchView.class);
        _get(IntegerField.class, spec -> spec.withId("register-year-from")).setValue(2022);
        _get(IntegerField.class, spec -> spec.withId("register-year-to")).setValue(2022);
        _get(TextField.class, spec -> spec.withId("register-search")).setValue("quang tri 1125-qd");

        Grid<AwardRow> grid = grid("register-grid");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).recipientName()).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(_get(Span.class, spec -> spec.withId("register-total")).getText()).isEqualTo("1 lượt khen thưởng");
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_recipient_links_to_their_timeline_and_a_person_shows_position_and_unit() {
        login("xem");
        UI.getCurrent().navigate(AwardSearchView.class);
        TextField search = _get(TextField.class, spec -> spec.withId("register-search"));
        Grid<AwardRow> grid = grid("register-grid");
        Map<String, ValueProvider<AwardRow, ?>> cell =
                ((LitRenderer<AwardRow>) grid.getColumns().get(1).getRenderer()).getValueProviders();

        search.setValue("van phong tinh uy quang tri 1125-qd");
        AwardRow office = GridKt._get(grid, 0);
        assertThat(office.kind()).isEqualTo(RecipientKind.COLLECTIVE);
        assertThat(cell.get("href").apply(office)).isEqualTo("so-khen-thuong/don-vi/" + office.unitId());
        assertThat(cell.get("name").apply(office)).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(cell.get("where").apply(office)).isEqualTo("");

        search.setValue("tran thi thu ha");
        AwardRow ha = GridKt._get(grid, 0);
        assertThat(cell.get("href").apply(ha)).isEqualTo("so-khen-thuong/ca-nhan/" + ha.personId());
        assertThat(cell.get("name").apply(ha)).isEqualTo("Trần Thị Thu Hà");
        assertThat((String) cell.get("where").apply(ha)).contains(ha.unitName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_award_and_movement_filters_find_their_options_without_accents_when_opened() {
        login("xem");
        UI.getCurrent().navigate(AwardSearchView.class);
        DataProvider<AwardTypeRecord, String> awards = (DataProvider<AwardTypeRecord, String>) _get(
                MultiSelectComboBox.class, spec -> spec.withPlaceholder("Mọi hình thức, danh hiệu")).getDataProvider();
        DataProvider<MovementRow, String> movements = (DataProvider<MovementRow, String>) _get(ComboBox.class,
                spec -> spec.withPlaceholder("Phong trào thi đua")).getDataProvider();

        assertThat(awards.fetch(new Query<>(0, 50, List.of(), null, "tien tien lao dong")).map(AwardTypeRecord::name))
                .contains("Lao động tiên tiến").allMatch(name -> name.contains("tiên tiến"));
        assertThat(movements.fetch(new Query<>(0, 50, List.of(), null, "chuyen doi so")).map(MovementRow::name))
                .isNotEmpty().allMatch(name -> name.contains("chuyển đổi số"));
    }

    @Test
    void reversed_years_mark_the_field_instead_of_failing() {
        login("xem");
        UI.getCurrent().navigate(AwardSearchView.class);
        _get(IntegerField.class, spec -> spec.withId("register-year-from")).setValue(2024);
        IntegerField to = _get(IntegerField.class, spec -> spec.withId("register-year-to"));
        to.setValue(2020);
        assertThat(GridKt._size(grid("register-grid"))).isZero();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("2024").contains("2020");
    }

    @Test
    void only_the_secretary_adds_decisions_and_imports_lists() {
        login("xem");
        UI.getCurrent().navigate(DecisionsView.class);
        _assertNone(Button.class, spec -> spec.withId("decision-add"));
        UI.getCurrent().navigate(ImportView.class);
        _assertNone(Upload.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("access-denied"))
                .getText()).isEqualTo(ViewsTest.ACCESS_DENIED_PAGE);

        login("thuongtruc");
        UI.getCurrent().navigate(DecisionsView.class);
        _get(Button.class, spec -> spec.withId("decision-add"));
        UI.getCurrent().navigate(ImportView.class);
        _get(Upload.class, spec -> spec.withId("import-upload"));
    }

    @Test
    void a_decision_page_lists_its_recipients_in_register_order() {
        login("xem");
        AwardRow flag = register.page(new AwardQuery("1125-QĐ/VPTW", Set.of(), null, null, null, 2022, 2022,
                null, null, AwardQuery.Revoked.EXCLUDED), List.of(), 0, 1).getFirst();
        UI.getCurrent().navigate(DecisionView.class, flag.decisionId());

        Grid<AwardRecord> recipients = grid("decision-recipients");
        assertThat(GridKt._size(recipients)).isEqualTo(7);
        assertThat(GridKt._get(recipients, 0).registerNo()).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("decision-status")).getText()).isEqualTo("Đã vào sổ");
        _assertNone(Button.class, spec -> spec.withId("decision-revoke"));
    }

    @Test
    void a_person_page_shows_the_streak_badge() {
        login("xem");
        Long id = people.page(new PersonFilter("tran thi thu ha", null, true), 0, 1).getFirst().id();
        UI.getCurrent().navigate(PersonAwardsView.class, id);
        assertThat(_get(Div.class, spec -> spec.withId("person-streaks")).getElement().getTextRecursively())
                .contains(DemoYears.cstdcsStreak(clock));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_unit_page_counts_awards_per_year_and_lists_its_people() {
        // A department of its own (with a sub-unit) and two recorded decisions of two years.
        login("quantri");
        Long department = units.create(new UnitForm(null, 0, Unique.code("DV"), "Phòng Trang đơn vị", null,
                UnitKind.DEPARTMENT, null, 0, null)).id();
        Long team = units.create(new UnitForm(null, 0, Unique.code("DV"), "Tổ trực thuộc", null, UnitKind.DEPARTMENT,
                department, 0, null)).id();
        Long an = person("Đinh Văn An", department);
        Long binh = person("Lưu Thị Bình", team);
        login("thuongtruc");
        decision(2023, new AwardForm(null, 0, RecipientKind.INDIVIDUAL, an, null, data.award("LDTT"), 1, null,
                null, null));
        decision(2024, new AwardForm(null, 0, RecipientKind.COLLECTIVE, null, department, data.award("TTLDTT"), 1,
                null, null, null), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, an, null,
                        data.award("CSTDCS"), 2, null, null, null), new AwardForm(null, 0,
                                RecipientKind.INDIVIDUAL, binh, null, data.award("LDTT"), 3, null, null, null));
        login("xem");

        UI.getCurrent().navigate(vn.tdkt.history.ui.UnitAwardsView.class, department);

        Grid<vn.tdkt.history.service.TimelineService.UnitYear> summary = grid("unit-years");
        assertThat(GridKt._findAll(summary)).containsExactly(
                new vn.tdkt.history.service.TimelineService.UnitYear(2024, 1, 2),
                new vn.tdkt.history.service.TimelineService.UnitYear(2023, 0, 1));
        List<Grid<AwardRow>> lists = com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class,
                spec -> { }).stream().filter(g -> g.getId().isEmpty()).map(g -> (Grid<AwardRow>) g).toList();
        assertThat(GridKt._findAll(lists.get(0))).extracting(AwardRow::recipientName)
                .containsExactly("Phòng Trang đơn vị");
        assertThat(GridKt._findAll(lists.get(1))).extracting(AwardRow::recipientName)
                .containsExactlyInAnyOrder("Đinh Văn An", "Đinh Văn An", "Lưu Thị Bình");
    }

    private Long person(String name, Long unit) {
        return people.create(new PersonForm(null, 0, name, Gender.MALE, 1983, false, unit, null,
                LocalDate.of(2015, 1, 1), null)).id();
    }

    private void decision(int year, AwardForm... recipients) {
        DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                Unique.code("DV").replace("_", "-") + "/QĐ-UBND", LocalDate.of(year + 1, 2, 1), null, null, null,
                year, year, null, null), null);
        for (AwardForm r : recipients) {
            d = awardLists.saveAward(d.id(), r, null);
        }
        decisions.record(d.id(), d.version());
    }

    @Test
    void the_print_page_lists_what_was_last_filtered() {
        login("xem");
        UI.getCurrent().navigate(AwardSearchView.class);
        _get(TextField.class, spec -> spec.withId("register-search")).setValue("1125-qd/vptw");
        _get(Button.class, spec -> spec.withText("In danh sách")).click();
        UI.getCurrent().navigate("in/so-khen-thuong");
        com.vaadin.flow.component.html.NativeTable table = _get(com.vaadin.flow.component.html.NativeTable.class,
                spec -> { });
        assertThat(table.getElement().getTextRecursively()).contains("Văn phòng Tỉnh ủy Quảng Trị")
                .contains("Cờ thi đua của Văn phòng Trung ương Đảng");
        assertThat(table.getBody(0).getChildren().count()).isEqualTo(7);
    }

    @Test
    void statistics_show_a_table_and_a_chart() {
        login("xem");
        UI.getCurrent().navigate(StatisticsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("stats-summary")).getText()).startsWith("Tổng số");
        Svg chart = _get(Svg.class, spec -> { });
        assertThat(chart.getElement().getProperty("innerHTML", "")).contains("2022").contains("<rect");
    }
}
