package vn.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.base.domain.Role;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.service.ConductRecords.DisciplineRecord;
import vn.tdkt.conduct.service.ConductRecords.PersonConduct;
import vn.tdkt.conduct.service.ConductService;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.AwardExport;
import vn.tdkt.history.service.AwardFactsService;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.RatingService.RatingRow;
import vn.tdkt.history.service.RatingService;
import vn.tdkt.history.service.TimelineService.PersonTimeline;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/**
 * The read model of personal data (SECURITY.md), role by role at the service layer:
 * who a person is and the register are open to all staff; gender, birth year, party membership,
 * yearly ratings and conduct records only to the person, the officer of their unit (or a unit
 * above it), the council, the secretary and the administrator.
 *
 * <p>Fresh units keep the demo's units untouched: unit A with sub-unit A1 (Đỗ Thị Riêng, whose
 * account is a viewer's), and unit B (Vũ Văn Khác); an officer of A; canbo.tonghop is the
 * officer of another unit, xem a viewer with no link to anyone here.
 */
@IntegrationTest
class PersonalDataReadModelTest {

    /** Who reads, by role; {@link #officerA} and {@link #self} are made per test class run. */
    private static final List<String> EVERYONE_SEEING = List.of("quantri", "thuongtruc", "chutich");
    private static final List<String> OUTSIDERS = List.of("canbo.tonghop", "xem");

    @Autowired
    PersonService people;
    @Autowired
    UnitService units;
    @Autowired
    RatingService ratings;
    @Autowired
    AwardFactsService facts;
    @Autowired
    TimelineService timelines;
    @Autowired
    ConductService conduct;
    @Autowired
    AwardSearchService register;
    @Autowired
    AwardExport export;
    @Autowired
    DecisionService decisions;
    @Autowired
    RunAs runAs;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private static Fixture fixture;
    Long unitA;
    Long unitB;
    Long riêng;
    Long khác;
    String officerA;
    String self;
    int lastYear;

    private record Fixture(Long unitA, Long unitB, Long riêng, Long khác, String officerA, String self) {
    }

    @BeforeEach
    void twoUnitsTwoPeopleTwoAccounts() {
        lastYear = LocalDate.now(clock).getYear() - 1;
        if (fixture == null) {
            fixture = create();
        }
        unitA = fixture.unitA();
        unitB = fixture.unitB();
        riêng = fixture.riêng();
        khác = fixture.khác();
        officerA = fixture.officerA();
        self = fixture.self();
    }

    private Fixture create() {
        Fixture f = runAs.as("quantri", () -> {
            Long a = unit("Phòng Riêng tư", null);
            Long a1 = unit("Tổ Riêng tư", a);
            Long b = unit("Phòng Khác", null);
            Long p1 = people.create(new PersonForm(null, 0, "Đỗ Thị Riêng", Gender.FEMALE, 1986, true, a1, null,
                    LocalDate.of(2015, 1, 1), null)).id();
            Long p2 = people.create(new PersonForm(null, 0, "Vũ Văn Khác", Gender.MALE, 1979, true, b, null,
                    LocalDate.of(2010, 1, 1), null)).id();
            return new Fixture(a, b, p1, p2, data.account(Role.UNIT_OFFICER, a, null),
                    data.account(Role.VIEWER, a1, p1));
        });
        runAs.as("thuongtruc", () -> {
            for (Long person : List.of(f.riêng(), f.khác())) {
                ratings.save(new RatingRow(person, null, null, null, 0, Rating.HTXSNV, "Xuất sắc"), lastYear);
                LocalDate decided = LocalDate.now(clock).minusMonths(2);
                conduct.saveDiscipline(new DisciplineRecord(null, 0, person, DisciplineForm.KHIEN_TRACH,
                        Unique.code("KL"), decided, decided, null, "Chậm báo cáo"));
            }
        });
        return f;
    }

    private Long unit(String name, Long parent) {
        return units.create(new UnitForm(null, 0, Unique.code("RT"), name, null, UnitKind.DEPARTMENT, parent, 0,
                null)).id();
    }

    private List<PersonRecord> listed(String user, Long unitId) {
        return runAs.as(user, () -> people.page(new PersonFilter("", unitId, false), 0, 50));
    }

    private static PersonRecord row(List<PersonRecord> rows, Long id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    // --- organisation: people ---------------------------------------------------------------

    @Test
    void the_people_list_shows_gender_birth_year_and_party_membership_to_the_council_the_secretary_and_the_admin() {
        for (String user : EVERYONE_SEEING) {
            PersonRecord r = row(listed(user, unitA), riêng);
            assertThat(r.gender()).as(user).isEqualTo(Gender.FEMALE);
            assertThat(r.birthYear()).as(user).isEqualTo(1986);
            assertThat(r.partyMember()).as(user).isTrue();
            assertThat(row(listed(user, unitB), khác).birthYear()).as(user).isEqualTo(1979);
        }
    }

    @Test
    void an_officer_sees_the_personal_details_of_their_own_units_people_and_not_of_another_units() {
        PersonRecord own = row(listed(officerA, unitA), riêng);
        assertThat(own.birthYear()).isEqualTo(1986);
        assertThat(own.partyMember()).isTrue();
        PersonRecord other = row(listed(officerA, unitB), khác);
        assertThat(other.fullName()).isEqualTo("Vũ Văn Khác");
        assertThat(other.unitName()).isNotBlank();
        assertThat(other.gender()).isNull();
        assertThat(other.birthYear()).isNull();
        assertThat(other.partyMember()).isNull();
    }

    @Test
    void a_viewer_and_an_officer_of_another_unit_see_who_people_are_but_none_of_their_personal_details() {
        for (String user : OUTSIDERS) {
            PersonRecord r = row(listed(user, unitA), riêng);
            assertThat(r.fullName()).as(user).isEqualTo("Đỗ Thị Riêng");
            assertThat(r.gender()).as(user).isNull();
            assertThat(r.birthYear()).as(user).isNull();
            assertThat(r.partyMember()).as(user).isNull();
            PersonDetails d = runAs.as(user, () -> people.get(riêng));
            assertThat(d.unitName()).as(user).contains("Tổ Riêng tư");
            assertThat(d.assignments()).as(user).isNotEmpty();
            assertThat(d.gender()).as(user).isNull();
            assertThat(d.birthYear()).as(user).isNull();
            assertThat(d.partyMember()).as(user).isNull();
            assertThat(runAs.as(user, () -> people.staffOf(row(listed(user, unitA), riêng).unitId())))
                    .extracting(StaffMember::gender).containsOnlyNulls();
        }
    }

    @Test
    void a_person_whose_account_is_linked_sees_their_own_personal_details_and_nobody_elses() {
        PersonDetails mine = runAs.as(self, () -> people.get(riêng));
        assertThat(mine.birthYear()).isEqualTo(1986);
        assertThat(mine.gender()).isEqualTo(Gender.FEMALE);
        assertThat(mine.partyMember()).isTrue();
        PersonDetails other = runAs.as(self, () -> people.get(khác));
        assertThat(other.birthYear()).isNull();
        assertThat(other.partyMember()).isNull();
    }

    // --- history: yearly ratings -----------------------------------------------------------

    @Test
    void a_units_rating_sheet_is_read_by_its_officer_the_council_the_secretary_and_the_admin_only() {
        for (String user : List.of("quantri", "thuongtruc", "chutich", officerA)) {
            assertThat(runAs.as(user, () -> ratings.sheet(unitA, lastYear)))
                    .as(user).filteredOn(r -> r.personId().equals(riêng))
                    .extracting(RatingRow::rating).containsExactly(Rating.HTXSNV);
        }
        runAs.as(officerA, () -> assertDenied(() -> ratings.sheet(unitB, lastYear)));
        for (String user : List.of("canbo.tonghop", "xem", self)) {
            runAs.as(user, () -> assertDenied(() -> ratings.sheet(unitA, lastYear)));
        }
    }

    @Test
    void a_persons_award_record_carries_ratings_and_birth_year_only_for_those_who_may_see_them() {
        for (String user : List.of("thuongtruc", "chutich", officerA, self)) {
            PersonTimeline t = runAs.as(user, () -> timelines.person(riêng));
            assertThat(t.personal()).as(user).isTrue();
            assertThat(t.birthYear()).as(user).isEqualTo(1986);
            assertThat(t.ratings()).as(user).extracting(r -> r.rating()).containsExactly(Rating.HTXSNV);
        }
        for (String user : OUTSIDERS) {
            PersonTimeline t = runAs.as(user, () -> timelines.person(riêng));
            assertThat(t.fullName()).as(user).isEqualTo("Đỗ Thị Riêng");
            assertThat(t.personal()).as(user).isFalse();
            assertThat(t.birthYear()).as(user).isNull();
            assertThat(t.gender()).as(user).isNull();
            assertThat(t.ratings()).as(user).isEmpty();
        }
        PersonTimeline notMine = runAs.as(self, () -> timelines.person(khác));
        assertThat(notMine.ratings()).isEmpty();
        assertThat(notMine.birthYear()).isNull();
    }

    @Test
    void the_eligibility_facts_refuse_ratings_of_people_outside_the_callers_unit() {
        assertThat(runAs.as(officerA, () -> facts.ratingsOf(List.of(riêng), lastYear, lastYear)))
                .containsEntry(riêng, java.util.Map.of(lastYear, Rating.HTXSNV));
        runAs.as(officerA, () -> assertDenied(() -> facts.ratingsOf(List.of(riêng, khác), lastYear, lastYear)));
        runAs.as("xem", () -> assertDenied(() -> facts.ratingsOf(List.of(riêng), lastYear, lastYear)));
        assertThat(runAs.as("chutich", () -> facts.ratingsOf(List.of(riêng, khác), lastYear, lastYear)))
                .containsKeys(riêng, khác);
    }

    // --- conduct: discipline, procedures, initiatives --------------------------------------

    @Test
    void conduct_records_are_read_by_the_person_their_units_officer_and_the_council_and_refused_to_others() {
        for (String user : List.of("quantri", "thuongtruc", "chutich", officerA, self)) {
            PersonConduct c = runAs.as(user, () -> conduct.person(riêng));
            assertThat(c.disciplines()).as(user).extracting(DisciplineRecord::form)
                    .containsExactly(DisciplineForm.KHIEN_TRACH);
        }
        PersonConduct own = runAs.as(self, () -> conduct.person(riêng));
        assertThat(own.rights().writeDiscipline()).isFalse();
        assertThat(own.rights().writeInitiatives()).isFalse();
        for (String user : OUTSIDERS) {
            runAs.as(user, () -> assertDenied(() -> conduct.person(riêng)));
        }
        runAs.as(self, () -> assertDenied(() -> conduct.person(khác)));
        runAs.as(officerA, () -> assertDenied(() -> conduct.person(khác)));
        runAs.as(officerA, () -> assertDenied(() -> conduct.facts(List.of(khác))));
        assertThat(runAs.as(officerA, () -> conduct.facts(List.of(riêng))).of(riêng).disciplines()).hasSize(1);
    }

    // --- the register, decisions, exports: public, without personal details ----------------

    @Test
    void the_register_is_open_to_every_role_but_a_recipients_gender_only_to_those_who_may_see_it() {
        AwardQuery ha = AwardQuery.all().withText("tran thi thu ha").withUnit(null, RecipientKind.INDIVIDUAL);
        for (String user : OUTSIDERS) {
            List<AwardRow> rows = runAs.as(user, () -> register.page(ha, List.of(), 0, 50));
            assertThat(rows).as(user).isNotEmpty().extracting(AwardRow::gender).containsOnlyNulls();
            assertThat(rows).as(user).extracting(AwardRow::awardName).doesNotContainNull();
        }
        // thuongtruc is Trần Thị Thu Hà herself; chutich a member of the council.
        for (String user : List.of("thuongtruc", "chutich")) {
            assertThat(runAs.as(user, () -> register.page(ha, List.of(), 0, 50)))
                    .as(user).extracting(AwardRow::gender).containsOnly(Gender.FEMALE);
        }
        assertThat(runAs.as("xem", () -> register.honourBoard(DemoYears.lastDecided(clock), null, 20))).isNotEmpty();
    }

    @Test
    void a_decisions_list_shows_every_recipient_to_a_viewer_without_gender_or_birth_year() {
        AwardQuery ha = AwardQuery.all().withText("tran thi thu ha").withUnit(null, RecipientKind.INDIVIDUAL);
        AwardRow award = runAs.as("thuongtruc", () -> register.page(ha, List.of(), 0, 1)).getFirst();
        AwardRecord seen = recipient("thuongtruc", award);
        assertThat(seen.gender()).isEqualTo(Gender.FEMALE);
        AwardRecord masked = recipient("xem", award);
        assertThat(masked.name()).isEqualTo(seen.name());
        assertThat(masked.gender()).isNull();
        assertThat(masked.birthYear()).isNull();
    }

    private AwardRecord recipient(String user, AwardRow award) {
        return runAs.as(user, () -> decisions.get(award.decisionId())).awards().stream()
                .filter(a -> a.id().equals(award.id())).findFirst().orElseThrow();
    }

    @Test
    void a_register_export_by_a_viewer_or_an_officer_carries_no_birth_year_gender_or_party_membership()
            throws Exception {
        AwardQuery ha = AwardQuery.all().withText("tran thi thu ha").withUnit(null, RecipientKind.INDIVIDUAL);
        for (String user : OUTSIDERS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long written = runAs.as(user, () -> export.xlsx(ha, List.of(), out));
            assertThat(written).as(user).isPositive();
            List<String> cells = new ArrayList<>();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                for (Row r : book.getSheetAt(0)) {
                    for (Cell c : r) {
                        cells.add(c.toString());
                    }
                }
            }
            assertThat(cells).as(user).contains("Trần Thị Thu Hà")
                    .doesNotContain("Năm sinh", "Giới tính", "Đảng viên", "Nữ", "1980", "1980.0");
        }
    }
}
