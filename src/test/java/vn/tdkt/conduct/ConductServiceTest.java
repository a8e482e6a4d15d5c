package vn.tdkt.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;
import static vn.tdkt.support.Refusals.assertStale;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.Role;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.InitiativeKind;
import vn.tdkt.conduct.domain.InitiativeLevel;
import vn.tdkt.conduct.domain.ProcedureKind;
import vn.tdkt.conduct.service.ConductFacts.PersonFacts;
import vn.tdkt.conduct.service.ConductFacts;
import vn.tdkt.conduct.service.ConductRecords.ConductRights;
import vn.tdkt.conduct.service.ConductRecords.DisciplineRecord;
import vn.tdkt.conduct.service.ConductRecords.InitiativeRecord;
import vn.tdkt.conduct.service.ConductRecords.PersonConduct;
import vn.tdkt.conduct.service.ConductRecords.ProcedureRecord;
import vn.tdkt.conduct.service.ConductService;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** Conduct records of a department of the test's own, with its own unit officer. */
@IntegrationTest
@WithUserDetails("thuongtruc")
class ConductServiceTest {

    @Autowired
    ConductService conduct;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    String officer;
    Long an;
    Long binh;
    LocalDate today;
    int lastYear;

    @BeforeEach
    void departmentWithTwoPeopleAndItsOfficer() {
        today = LocalDate.now(clock);
        lastYear = today.getYear() - 1;
        officer = Unique.code("cd").toLowerCase();
        List<Long> ids = runAs.as("quantri", () -> {
            Long unit = units.create(new UnitForm(null, 0, Unique.code("KL"), "Phòng Hồ sơ thi đua thử", null,
                    UnitKind.DEPARTMENT, null, 0, null)).id();
            users.create(new UserForm(null, 0, officer, "Cán Bộ Hồ Sơ", EnumSet.of(Role.UNIT_OFFICER), unit,
                    "Mùa thu Hà Nội lá vàng rơi"));
            return List.of(person("Đỗ Văn An", unit), person("Lê Thị Bình", unit));
        });
        an = ids.get(0);
        binh = ids.get(1);
    }

    private Long person(String name, Long unit) {
        return people.create(new PersonForm(null, 0, name, Gender.FEMALE, 1982, true, unit, null,
                LocalDate.of(2010, 1, 1), null)).id();
    }

    private InitiativeRecord initiative(Long person, InitiativeKind kind, InitiativeLevel level, LocalDate on) {
        return new InitiativeRecord(null, 0, person, kind, "Sáng kiến " + on, level, on, "12-QĐ/VPTU", null);
    }

    private DisciplineRecord discipline(Long person, DisciplineForm form, LocalDate from, LocalDate to) {
        return new DisciplineRecord(null, 0, person, form, "7-QĐ/VPTU", from, from, to, "Vi phạm quy chế");
    }

    private ProcedureRecord procedure(Long person, ProcedureKind kind, LocalDate opened, LocalDate closed) {
        return new ProcedureRecord(null, 0, person, kind, opened, closed, null);
    }

    @Test
    void the_secretary_records_all_three_kinds_and_reads_them_newest_first_with_an_audit_trail() {
        InitiativeRecord older = conduct.saveInitiative(initiative(an, InitiativeKind.SANG_KIEN,
                InitiativeLevel.CO_SO, LocalDate.of(lastYear - 1, 5, 4)));
        InitiativeRecord research = conduct.saveInitiative(new InitiativeRecord(null, 0, an, InitiativeKind.DE_TAI,
                "Đề tài  về công tác   tham mưu ", InitiativeLevel.BO_TINH, LocalDate.of(lastYear, 12, 1), " ", ""));
        DisciplineRecord reprimand = conduct.saveDiscipline(discipline(an, DisciplineForm.KHIEN_TRACH,
                LocalDate.of(lastYear, 12, 15), LocalDate.of(lastYear + 1, 12, 14)));
        ProcedureRecord review = conduct.saveProcedure(procedure(an, ProcedureKind.XEM_XET_KY_LUAT,
                today.minusDays(3), null));

        PersonConduct page = conduct.person(an);

        assertThat(page.fullName()).isEqualTo("Đỗ Văn An");
        assertThat(page.rights()).isEqualTo(new ConductRights(true, true, true));
        assertThat(page.initiatives()).extracting(InitiativeRecord::id).containsExactly(research.id(), older.id());
        assertThat(page.initiatives().getFirst()).satisfies(r -> {
            assertThat(r.title()).isEqualTo("Đề tài về công tác tham mưu");
            assertThat(r.documentNumber()).isNull();
            assertThat(r.note()).isNull();
        });
        assertThat(page.disciplines()).containsExactly(reprimand);
        assertThat(reprimand.inEffectOn(today)).isTrue();
        assertThat(page.procedures()).singleElement().satisfies(p -> {
            assertThat(p.open()).isTrue();
            assertThat(p.kind()).isEqualTo(ProcedureKind.XEM_XET_KY_LUAT);
        });
        assertThat(audit.trail("Discipline", reprimand.id())).extracting(AuditRecord::action)
                .containsExactly("CREATE");
        assertThat(audit.trail("PendingProcedure", review.id())).singleElement()
                .satisfies(a -> assertThat(a.summary()).startsWith("Đỗ Văn An: Đang xem xét kỷ luật"));
        assertThat(conduct.person(binh).initiatives()).isEmpty();
    }

    @Test
    void text_is_stored_composed_and_trimmed() {
        String decomposed = Normalizer.normalize("  Sáng kiến   Đổi mới ", Normalizer.Form.NFD);

        InitiativeRecord saved = conduct.saveInitiative(new InitiativeRecord(null, 0, an, InitiativeKind.SANG_KIEN,
                decomposed, InitiativeLevel.CO_SO, LocalDate.of(lastYear, 3, 1), null, null));

        assertThat(saved.title()).isEqualTo("Sáng kiến Đổi mới");
        assertThat(Normalizer.isNormalized(conduct.person(an).initiatives().getFirst().title(), Normalizer.Form.NFC))
                .isTrue();
    }

    @Test
    void the_officer_of_the_persons_unit_enters_initiatives_but_neither_discipline_nor_procedures() {
        InitiativeRecord saved = runAs.as(officer, () -> conduct.saveInitiative(initiative(an,
                InitiativeKind.SANG_KIEN, InitiativeLevel.CO_SO, LocalDate.of(lastYear, 6, 1))));
        runAs.as(officer, () -> {
            InitiativeRecord changed = conduct.saveInitiative(new InitiativeRecord(saved.id(), saved.version(), an,
                    InitiativeKind.DE_TAI, "Đề tài cấp cơ sở", InitiativeLevel.CO_SO, saved.recognisedOn(), null,
                    null));
            assertThat(conduct.person(an).rights()).isEqualTo(new ConductRights(true, false, true));
            assertDenied(() -> conduct.saveDiscipline(discipline(an, DisciplineForm.KHIEN_TRACH,
                    LocalDate.of(lastYear, 1, 5), null)));
            assertDenied(() -> conduct.saveProcedure(procedure(an, ProcedureKind.THANH_TRA, today, null)));
            conduct.deleteInitiative(changed.id(), changed.version());
        });
        assertThat(conduct.person(an)).satisfies(p -> {
            assertThat(p.initiatives()).isEmpty();
            assertThat(p.disciplines()).isEmpty();
            assertThat(p.procedures()).isEmpty();
        });
        assertThat(audit.trail("Initiative", saved.id())).extracting(AuditRecord::action)
                .containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void an_officer_of_another_unit_neither_reads_nor_writes_a_person_by_id() {
        InitiativeRecord saved = conduct.saveInitiative(initiative(an, InitiativeKind.SANG_KIEN,
                InitiativeLevel.CO_SO, LocalDate.of(lastYear, 6, 1)));

        runAs.as("canbo.tonghop", () -> {
            assertThat(conduct.rights(an)).isEqualTo(new ConductRights(false, false, false));
            assertDenied(() -> conduct.person(an));
            assertDenied(() -> conduct.facts(List.of(an)));
            assertDenied(() -> conduct.saveInitiative(initiative(an, InitiativeKind.SANG_KIEN,
                    InitiativeLevel.CO_SO, LocalDate.of(lastYear, 7, 1))));
            assertDenied(() -> conduct.saveInitiative(new InitiativeRecord(saved.id(), saved.version(), an,
                    InitiativeKind.SANG_KIEN, "Đổi tên", InitiativeLevel.TOAN_QUOC, saved.recognisedOn(), null, null)));
            assertDenied(() -> conduct.deleteInitiative(saved.id(), saved.version()));
        });
        assertThat(conduct.person(an).initiatives()).containsExactly(saved);
    }

    @Test
    void the_officer_asks_for_the_facts_of_their_own_staff_only() {
        Long other = data.unit("phong tong hop van phong tinh uy quang tri");
        Long stranger = people.page(new PersonFilter("", other, false), 0, 1).getFirst().id();

        runAs.as(officer, () -> {
            assertThat(conduct.facts(List.of(an, binh)).byPerson()).containsOnlyKeys(an, binh);
            assertDenied(() -> conduct.facts(List.of(an, stranger)));
        });
    }

    @Test
    void council_members_read_without_writing_and_viewers_read_nothing() {
        DisciplineRecord saved = conduct.saveDiscipline(discipline(an, DisciplineForm.CANH_CAO,
                LocalDate.of(lastYear, 2, 1), null));

        runAs.as("chutich", () -> {
            PersonConduct page = conduct.person(an);
            assertThat(page.disciplines()).containsExactly(saved);
            assertThat(page.rights()).isEqualTo(new ConductRights(true, false, false));
            assertThat(conduct.facts(List.of(an)).of(an).disciplines()).hasSize(1);
            assertDenied(() -> conduct.deleteDiscipline(saved.id(), saved.version()));
            assertDenied(() -> conduct.saveInitiative(initiative(an, InitiativeKind.SANG_KIEN,
                    InitiativeLevel.CO_SO, LocalDate.of(lastYear, 7, 1))));
        });
        runAs.as("xem", () -> {
            assertThat(conduct.rights(an)).isEqualTo(new ConductRights(false, false, false));
            assertDenied(() -> conduct.person(an));
            assertDenied(() -> conduct.facts(List.of(an)));
        });
        assertThat(conduct.person(an).disciplines()).containsExactly(saved);
    }

    @Test
    void a_discipline_is_refused_on_the_field_at_fault() {
        LocalDate d = LocalDate.of(lastYear, 4, 1);
        assertRefused("error.required", "disciplineForm", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, null, "7-QĐ/VPTU", d, d, null, null)));
        assertRefused("error.required", "decisionNumber", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "  ", d, d, null, null)));
        assertRefused("error.tooLong", "decisionNumber", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "9".repeat(61), d, d, null, null)));
        assertRefused("error.required", "decisionDate", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "7-QĐ/VPTU", null, d, null, null)));
        assertRefused("error.dateInFuture", "decisionDate", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "7-QĐ/VPTU", today.plusDays(1),
                        today.plusDays(1), null, null)));
        assertRefused("error.required", "effectiveFrom", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "7-QĐ/VPTU", d, null, null, null)));
        assertRefused("error.conduct.effectBeforeDecision", "effectiveFrom", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "7-QĐ/VPTU", d, d.minusDays(1), null,
                        null)));
        assertRefused("error.conduct.endBeforeStart", "effectiveTo", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "7-QĐ/VPTU", d, d, d.minusDays(1),
                        null)));
        assertRefused("error.tooLong", "disciplineReason", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, an, DisciplineForm.KHIEN_TRACH, "7-QĐ/VPTU", d, d, null,
                        "x".repeat(1001))));
        assertRefused("error.required", "conductPerson", () -> conduct.saveDiscipline(
                new DisciplineRecord(null, 0, null, DisciplineForm.KHIEN_TRACH, "7-QĐ/VPTU", d, d, null, null)));
        assertThat(conduct.person(an).disciplines()).isEmpty();
    }

    @Test
    void procedures_and_initiatives_are_refused_on_the_field_at_fault() {
        LocalDate d = LocalDate.of(lastYear, 4, 1);
        assertRefused("error.required", "procedureKind", () -> conduct.saveProcedure(procedure(an, null, d, null)));
        assertRefused("error.required", "openedOn", () -> conduct.saveProcedure(
                procedure(an, ProcedureKind.DIEU_TRA, null, null)));
        assertRefused("error.dateInFuture", "openedOn", () -> conduct.saveProcedure(
                procedure(an, ProcedureKind.DIEU_TRA, today.plusDays(1), null)));
        assertRefused("error.dateInFuture", "closedOn", () -> conduct.saveProcedure(
                procedure(an, ProcedureKind.DIEU_TRA, d, today.plusDays(1))));
        assertRefused("error.conduct.endBeforeStart", "closedOn", () -> conduct.saveProcedure(
                procedure(an, ProcedureKind.DIEU_TRA, d, d.minusDays(1))));

        assertRefused("error.required", "initiativeKind", () -> conduct.saveInitiative(
                initiative(an, null, InitiativeLevel.CO_SO, d)));
        assertRefused("error.required", "title", () -> conduct.saveInitiative(new InitiativeRecord(null, 0, an,
                InitiativeKind.SANG_KIEN, " ", InitiativeLevel.CO_SO, d, null, null)));
        assertRefused("error.tooLong", "title", () -> conduct.saveInitiative(new InitiativeRecord(null, 0, an,
                InitiativeKind.SANG_KIEN, "a".repeat(501), InitiativeLevel.CO_SO, d, null, null)));
        assertRefused("error.required", "level", () -> conduct.saveInitiative(
                initiative(an, InitiativeKind.SANG_KIEN, null, d)));
        assertRefused("error.required", "recognisedOn", () -> conduct.saveInitiative(
                initiative(an, InitiativeKind.SANG_KIEN, InitiativeLevel.CO_SO, null)));
        assertRefused("error.dateInFuture", "recognisedOn", () -> conduct.saveInitiative(
                initiative(an, InitiativeKind.SANG_KIEN, InitiativeLevel.CO_SO, today.plusDays(1))));
        assertRefused("error.tooLong", "documentNumber", () -> conduct.saveInitiative(new InitiativeRecord(null, 0,
                an, InitiativeKind.SANG_KIEN, "Tên", InitiativeLevel.CO_SO, d, "1".repeat(61), null)));
        assertRefused("error.tooLong", "note", () -> conduct.saveInitiative(new InitiativeRecord(null, 0, an,
                InitiativeKind.SANG_KIEN, "Tên", InitiativeLevel.CO_SO, d, null, "n".repeat(1001))));
        PersonConduct page = conduct.person(an);
        assertThat(page.procedures()).isEmpty();
        assertThat(page.initiatives()).isEmpty();
    }

    @Test
    void a_change_or_delete_from_a_form_opened_before_someone_elses_change_is_refused() {
        DisciplineRecord openedByA = conduct.saveDiscipline(discipline(an, DisciplineForm.KHIEN_TRACH,
                LocalDate.of(lastYear, 3, 1), null));
        DisciplineRecord savedByB = conduct.saveDiscipline(new DisciplineRecord(openedByA.id(), openedByA.version(),
                an, DisciplineForm.CANH_CAO, "8-QĐ/VPTU", openedByA.decisionDate(), openedByA.effectiveFrom(),
                LocalDate.of(lastYear + 1, 2, 28), null));

        assertStale(() -> conduct.saveDiscipline(openedByA));
        assertStale(() -> conduct.deleteDiscipline(openedByA.id(), openedByA.version()));
        ProcedureRecord p = conduct.saveProcedure(procedure(an, ProcedureKind.KHIEU_NAI, today, null));
        conduct.saveProcedure(new ProcedureRecord(p.id(), p.version(), an, p.kind(), p.openedOn(), today, "Đã xong"));
        assertStale(() -> conduct.deleteProcedure(p.id(), p.version()));
        InitiativeRecord i = conduct.saveInitiative(initiative(an, InitiativeKind.SANG_KIEN, InitiativeLevel.CO_SO,
                today));
        conduct.saveInitiative(new InitiativeRecord(i.id(), i.version(), an, i.kind(), "Tên mới", i.level(),
                i.recognisedOn(), null, null));
        assertStale(() -> conduct.saveInitiative(i));

        assertThat(conduct.person(an).disciplines()).containsExactly(savedByB);
        conduct.deleteDiscipline(savedByB.id(), savedByB.version());
        assertThat(conduct.person(an).disciplines()).isEmpty();
        assertThat(conduct.person(an).procedures()).singleElement().satisfies(x -> assertThat(x.open()).isFalse());
    }

    @Test
    void facts_answer_the_year_level_and_hold_questions_for_many_people_at_once() {
        int y = lastYear;
        conduct.saveDiscipline(discipline(an, DisciplineForm.KHIEN_TRACH, LocalDate.of(y, 3, 1),
                LocalDate.of(y + 1, 2, 28)));
        conduct.saveDiscipline(discipline(binh, DisciplineForm.CANH_CAO, LocalDate.of(y - 2, 11, 1),
                LocalDate.of(y - 1, 10, 31)));
        conduct.saveInitiative(initiative(an, InitiativeKind.SANG_KIEN, InitiativeLevel.BO_TINH, LocalDate.of(y, 12, 1)));
        conduct.saveInitiative(initiative(an, InitiativeKind.DE_TAI, InitiativeLevel.CO_SO, LocalDate.of(y, 1, 2)));
        conduct.saveInitiative(initiative(an, InitiativeKind.SANG_KIEN, InitiativeLevel.TOAN_QUOC,
                LocalDate.of(y - 1, 6, 1)));
        conduct.saveProcedure(procedure(binh, ProcedureKind.THANH_TRA, LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 1)));
        conduct.saveProcedure(procedure(binh, ProcedureKind.DIEU_TRA, today.minusDays(10), null));
        Long nobody = runAs.as("quantri", () -> person("Vũ Văn Cường", people.get(an).unitId()));

        ConductFacts facts = conduct.facts(List.of(an, binh, nobody));

        PersonFacts a = facts.of(an);
        assertThat(a.disciplinedDuring(y, DisciplineForm.KHIEN_TRACH)).isTrue();
        assertThat(a.disciplinedDuring(y, DisciplineForm.CANH_CAO)).as("khiển trách is below cảnh cáo").isFalse();
        assertThat(a.disciplinedDuring(y + 1, DisciplineForm.KHIEN_TRACH)).as("in effect until February").isTrue();
        assertThat(a.disciplinedDuring(y - 1, DisciplineForm.KHIEN_TRACH)).isFalse();
        assertThat(a.initiativesIn(y, InitiativeLevel.CO_SO)).isEqualTo(2);
        assertThat(a.initiativesIn(y, InitiativeLevel.BO_TINH)).isEqualTo(1);
        assertThat(a.initiativesIn(y, InitiativeLevel.TOAN_QUOC)).isZero();
        assertThat(a.initiativesBetween(y - 1, y, InitiativeLevel.BO_TINH, null)).isEqualTo(2);
        assertThat(a.initiativesBetween(y - 1, y, InitiativeLevel.CO_SO, InitiativeKind.DE_TAI)).isEqualTo(1);
        assertThat(a.heldOn(today)).isFalse();

        PersonFacts b = facts.of(binh);
        assertThat(b.disciplinedDuring(y - 2, DisciplineForm.CANH_CAO)).isTrue();
        assertThat(b.disciplinedDuring(y - 1, DisciplineForm.CANH_CAO)).isTrue();
        assertThat(b.disciplinedDuring(y, DisciplineForm.KHIEN_TRACH)).isFalse();
        assertThat(b.heldOn(LocalDate.of(y, 6, 15))).isTrue();
        assertThat(b.heldOn(LocalDate.of(y, 8, 1))).as("closed that day").isFalse();
        assertThat(b.heldOn(LocalDate.of(y, 9, 1))).isFalse();
        assertThat(b.heldOn(today)).isTrue();
        assertThat(b.heldOn(today.minusDays(11))).isFalse();

        assertThat(facts.of(nobody)).satisfies(n -> {
            assertThat(n.disciplines()).isEmpty();
            assertThat(n.procedures()).isEmpty();
            assertThat(n.initiatives()).isEmpty();
        });
        assertThat(facts.byPerson()).containsOnlyKeys(an, binh, nobody);
        assertThat(conduct.facts(List.of()).byPerson()).isEmpty();
    }

    @Test
    void the_warning_threshold_of_the_collective_titles_starts_at_canh_cao() {
        assertThat(EnumSet.allOf(DisciplineForm.class)).filteredOn(DisciplineForm::isWarningOrAbove)
                .doesNotContain(DisciplineForm.KHIEN_TRACH)
                .contains(DisciplineForm.CANH_CAO, DisciplineForm.HA_BAC_LUONG, DisciplineForm.GIANG_CHUC,
                        DisciplineForm.CACH_CHUC, DisciplineForm.BAI_NHIEM, DisciplineForm.BUOC_THOI_VIEC,
                        DisciplineForm.KHAI_TRU);
        assertThat(InitiativeLevel.TOAN_QUOC.atLeast(InitiativeLevel.BO_TINH)).isTrue();
        assertThat(InitiativeLevel.CO_SO.atLeast(InitiativeLevel.BO_TINH)).isFalse();
    }

    @Test
    void a_person_with_conduct_records_is_not_deleted() {
        ProcedureRecord p = conduct.saveProcedure(procedure(binh, ProcedureKind.KIEM_TRA, today, null));

        runAs.as("quantri", () -> assertRefused("error.person.hasConductRecords",
                () -> people.delete(binh, people.get(binh).version())));
        conduct.deleteProcedure(p.id(), p.version());
        runAs.as("quantri", () -> people.delete(binh, people.get(binh).version()));
        assertThat(people.count(new PersonFilter("Lê Thị Bình", people.get(an).unitId(), true))).isZero();
    }

    @Test
    void the_demo_gives_the_streak_person_a_province_level_initiative_in_each_streak_year() {
        Long ha = people.page(new PersonFilter("Trần Thị Thu Hà", data.unit("van phong tinh uy quang tri"), true),
                0, 1).getFirst().id();
        int to = DemoYears.lastDecided(clock);

        PersonFacts facts = conduct.facts(List.of(ha)).of(ha);

        for (int year = to - 2; year <= to; year++) {
            assertThat(facts.initiativesIn(year, InitiativeLevel.BO_TINH)).as("year %d", year).isEqualTo(1);
        }
        assertThat(facts.disciplines()).isEmpty();
        assertThat(facts.heldOn(today)).isFalse();
    }
}
