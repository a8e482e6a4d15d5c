package vn.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.AwardStatisticsService.NamedCount;
import vn.tdkt.history.service.AwardStatisticsService.Statistics;
import vn.tdkt.history.service.AwardStatisticsService;
import vn.tdkt.history.service.RatingService.RatingRow;
import vn.tdkt.history.service.RatingService;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** Awards for a period of years count in each of those years; a unit counts with its sub-units. */
@IntegrationTest
@WithUserDetails("thuongtruc")
class PeriodsAndSubUnitsTest {

    @Autowired
    AwardSearchService register;
    @Autowired
    AwardStatisticsService statistics;
    @Autowired
    RatingService ratings;
    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    RunAs runAs;

    Long office;
    Long department;
    Long person;

    /** A new office with one department; one person in each. */
    @BeforeEach
    void officeWithADepartment() {
        runAs.as("quantri", () -> {
            office = units.create(new UnitForm(null, 0, Unique.code("KY"), "Văn phòng Kỳ hạn", null,
                    UnitKind.LOCAL_OFFICE, null, 0, null)).id();
            department = units.create(new UnitForm(null, 0, Unique.code("KYP"), "Phòng Kỳ hạn", null,
                    UnitKind.DEPARTMENT, office, 0, null)).id();
            people.create(new PersonForm(null, 0, "Lê Văn Chánh", Gender.MALE, 1975, true, office, null,
                    LocalDate.of(2010, 1, 1), null));
            person = people.create(new PersonForm(null, 0, "Phạm Thị Kỳ", Gender.FEMALE, 1982, true, department,
                    null, LocalDate.of(2010, 1, 1), null)).id();
        });
    }

    private void award(int yearFrom, int yearTo) {
        DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                Unique.code("KH") + "-QĐ/UBND", LocalDate.of(yearTo + 1, 3, 2), null, null, null, yearFrom, yearTo,
                null, null), null);
        d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, person, null,
                data.award("BK_TINH"), 1, null, null, null), null);
        decisions.record(d.id(), d.version());
    }

    private long found(Integer from, Integer to) {
        AwardQuery q = AwardQuery.all().withUnit(office, null).withYears(from, to);
        long count = register.count(q);
        assertThat(register.page(q, List.of(), 0, 50)).hasSize((int) count);
        return count;
    }

    @Test
    void an_award_for_2019_to_2022_is_found_by_every_year_it_covers_and_by_no_other() {
        award(2019, 2022);
        assertThat(found(2019, 2019)).isEqualTo(1);
        assertThat(found(2020, 2020)).isEqualTo(1);
        assertThat(found(2021, 2021)).isEqualTo(1);
        assertThat(found(2022, 2022)).isEqualTo(1);
        assertThat(found(2015, 2019)).isEqualTo(1);
        assertThat(found(null, 2020)).isEqualTo(1);
        assertThat(found(2021, null)).isEqualTo(1);
        assertThat(found(2023, 2025)).isZero();
        assertThat(found(null, 2018)).isZero();
        // Counted once, in the year its period ends.
        assertThat(statistics.statistics(AwardQuery.all().withUnit(office, null).withYears(2019, 2022), 10)
                .perYear()).singleElement().satisfies(y -> assertThat(y.year()).isEqualTo(2022));
    }

    @Test
    void a_one_year_award_is_found_by_its_year_alone() {
        award(2021, 2021);
        assertThat(found(2021, 2021)).isEqualTo(1);
        assertThat(found(2020, 2020)).isZero();
        assertThat(found(2022, 2022)).isZero();
    }

    @Test
    void a_units_line_in_the_statistics_counts_its_sub_units() {
        award(2021, 2021);
        Statistics s = statistics.statistics(AwardQuery.all().withUnit(office, null), 10);
        assertThat(s.byUnit()).extracting(NamedCount::id, NamedCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(office, 1L),
                        org.assertj.core.groups.Tuple.tuple(department, 1L));
    }

    @Test
    void the_demo_office_line_counts_all_its_departments_awards() {
        Long vptu = data.unit("van phong tinh uy quang tri");
        Statistics s = statistics.statistics(AwardQuery.all().withUnit(vptu, null), 20);
        NamedCount first = s.byUnit().getFirst();
        assertThat(first.id()).isEqualTo(vptu);
        assertThat(first.count()).isEqualTo(s.total());
        assertThat(s.byUnit()).allSatisfy(u -> assertThat(u.count()).isLessThanOrEqualTo(first.count()));
    }

    @Test
    void a_units_rating_sheet_lists_the_people_of_its_sub_units_with_their_unit() {
        List<RatingRow> sheet = ratings.sheet(office, 2025);
        assertThat(sheet).extracting(RatingRow::fullName).containsExactly("Lê Văn Chánh", "Phạm Thị Kỳ");
        assertThat(sheet.get(1).unitName()).startsWith("Phòng Kỳ hạn");
        assertThat(ratings.sheet(department, 2025)).extracting(RatingRow::fullName).containsExactly("Phạm Thị Kỳ");
    }
}
