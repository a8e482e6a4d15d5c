package vn.tdkt.timetravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardQuery.Revoked;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService.SortKey;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.TimelineService.PersonTimeline;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.DashboardService.Overview;
import vn.tdkt.movement.service.DashboardService;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.RegistrationService.SheetRow;
import vn.tdkt.movement.service.RegistrationService.UnitSheet;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.MovableClock;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.TimeTravel;
import vn.tdkt.support.Unique;

/**
 * The demo data built on a fresh database on another day than the rest of the suite's, and the
 * main journeys run relative to that day. Each subclass is one day ({@code tdkt.clock.fixed}),
 * a context of its own that is closed after its tests.
 */
@IntegrationTest
@ContextConfiguration(initializers = TimeTravel.class)
@DirtiesContext
@WithUserDetails("thuongtruc")
abstract class Journeys {

    private static final AtomicLong NUMBERS = new AtomicLong(100_000 + System.currentTimeMillis() % 80_000 * 10);

    @Autowired
    MovableClock clock;
    @Autowired
    RunAs runAs;
    @Autowired
    TestData data;
    @Autowired
    AwardSearchService register;
    @Autowired
    TimelineService timelines;
    @Autowired
    PersonService people;
    @Autowired
    MovementService movements;
    @Autowired
    RegistrationService registrations;
    @Autowired
    DashboardService dashboard;
    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;

    @AfterEach
    void backToTheStart() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int year() {
        return today().getYear();
    }

    int lastDecidedYear() {
        return DemoYears.lastDecided(clock);
    }

    Long quangTriMovement() {
        List<MovementRow> running = runAs.as("thuongtruc", () -> movements.page(new MovementFilter(
                "tham muu gioi, phuc vu tot", Set.of(MovementStatus.IN_PROGRESS), year()), 0, 10));
        return running.stream().filter(m -> m.name().equals("Tham mưu giỏi, phục vụ tốt")).findFirst()
                .orElseThrow(() -> new AssertionError("Quảng Trị's movement does not run in " + year())).id();
    }

    DecisionForm decision(LocalDate date, int year) {
        return new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                NUMBERS.incrementAndGet() + "/QĐ-UBND", date, "Hà Sỹ Đồng", "Phó Chủ tịch UBND tỉnh",
                "Đã có thành tích xuất sắc", year, year, null, null);
    }

    @Test
    void the_register_holds_the_2022_flags_and_the_last_decided_year_and_nothing_dated_after_today() {
        runAs.as("xem", () -> {
            List<AwardRow> flag = register.page(AwardQuery.all().withText("van phong tinh uy quang tri")
                    .withYears(2022, 2022), List.of(), 0, 50);
            assertThat(flag).anySatisfy(r -> assertThat(r.awardName())
                    .isEqualTo("Cờ thi đua của Văn phòng Trung ương Đảng"));
            Long office = data.unit("van phong tinh uy quang tri");
            int decided = lastDecidedYear();
            assertThat(register.count(new AwardQuery("", Set.of(), null, null, null, decided, decided, office,
                    null, Revoked.EXCLUDED))).as("Quảng Trị's own awards of %s", decided).isPositive();
            assertThat(register.count(new AwardQuery("", Set.of(), null, null, null, decided + 1, year(), office,
                    null, Revoked.EXCLUDED))).as("not decided yet").isZero();
            AwardRow latest = register.page(AwardQuery.all(), List.of(new SortKey("decisionDate", false)),
                    0, 1).getFirst();
            assertThat(latest.decisionDate()).isBeforeOrEqualTo(today());
            assertThat(latest.awardYear()).isLessThan(year());
        });
    }

    @Test
    void the_streak_person_has_three_years_of_cstdcs_up_to_the_last_decided_year() {
        // Read by Trần Thị Thu Hà herself (thuongtruc): the HTXSNV streak rests on her ratings, which are personal.
        PersonTimeline t = runAs.as("thuongtruc", () -> timelines.person(
                people.page(new PersonFilter("tran thi thu ha", null, true), 0, 1).getFirst().id()));
        assertThat(t.streaks()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("CSTDCS");
            assertThat(s.to()).isEqualTo(lastDecidedYear());
            assertThat(s.length()).isEqualTo(3);
        });
        assertThat(t.streaks()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo(TimelineService.HTXSNV);
            assertThat(s.to()).isEqualTo(year() - 1);
        });
        assertThat(t.entries()).allSatisfy(e -> assertThat(e.decisionDate()).isBeforeOrEqualTo(today()));
    }

    @Test
    void the_unit_officer_registers_for_the_current_year_and_next_year_is_open() {
        Long movement = quangTriMovement();
        Long tongHop = data.unit("phong tong hop van phong tinh uy quang tri");
        MovementDetails details = runAs.as("thuongtruc", () -> {
            var window = registrations.window(movement, year());
            registrations.setWindow(movement, year(), window == null ? 0 : window.version(), today().plusDays(14),
                    true);
            return movements.get(movement);
        });
        assertThat(details.periodTo().getYear()).isGreaterThan(year());

        UnitSheet sheet = runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year(), tongHop));
        assertThat(sheet.editable()).isTrue();
        SheetRow person = sheet.people().getLast();
        runAs.as("canbo.tonghop", () -> registrations.register(movement, year(), tongHop, person.personId(),
                data.award("CSTDCS")));
        assertThat(runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, year(), tongHop)).people())
                .anySatisfy(p -> {
                    assertThat(p.personId()).isEqualTo(person.personId());
                    assertThat(p.awardName()).isEqualTo("Chiến sĩ thi đua cơ sở");
                });

        assertThat(runAs.as("canbo.tonghop", () -> registrations.window(movement, year() + 1)).acceptingToday())
                .isTrue();
        int afterTheEnd = details.periodTo().getYear() + 1;
        assertThatThrownBy(() -> runAs.as("thuongtruc", () -> registrations.setWindow(movement, afterTheEnd, 0,
                today(), true))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("error.registration.yearOutsidePeriod"));
    }

    @Test
    void the_dashboard_shows_this_year_next_years_deadline_and_last_years_bloc_round() {
        Overview overview = runAs.as("thuongtruc", () -> dashboard.overview());
        assertThat(overview.year()).isEqualTo(year());
        assertThat(overview.movements()).anySatisfy(p -> {
            assertThat(p.movement().name()).isEqualTo("Tham mưu giỏi, phục vụ tốt");
            assertThat(p.unitsRegistered()).isGreaterThanOrEqualTo(2);
        });
        assertThat(overview.movements()).anySatisfy(p -> assertThat(p.movement().kind())
                .isEqualTo(MovementKind.THEMATIC));
        LocalDate nextYearsDeadline = LocalDate.of(year() + 1, 1, 31);
        assertThat(overview.deadlines()).anySatisfy(d -> {
            assertThat(d.year()).isEqualTo(year() + 1);
            assertThat(d.deadline()).isEqualTo(nextYearsDeadline);
            assertThat(d.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(today(), nextYearsDeadline));
        });
        assertThat(overview.deadlines()).allSatisfy(d -> assertThat(d.deadline()).isAfterOrEqualTo(today()));
        assertThat(overview.scorings()).anySatisfy(s -> {
            assertThat(s.year()).isEqualTo(year() - 1);
            assertThat(s.locked()).isTrue();
            assertThat(s.proposedUnit()).isNotNull();
        });
    }

    @Test
    void a_movement_is_launched_today_but_not_tomorrow() {
        Long office = data.unit("van phong tinh uy quang tri");
        runAs.as("thuongtruc", () -> {
            MovementDetails draft = movements.save(new MovementForm(null, 0, "Phong trào " + Unique.code("TT"),
                    null, MovementKind.THEMATIC, office, "20-KH/VPTU", today(), null, LocalDate.of(year(), 1, 1),
                    LocalDate.of(year(), 12, 31), null, 100, Set.of(office), Set.of(data.award("LDTT")),
                    List.of(new CriterionRecord(null, "Hoàn thành nhiệm vụ", 100))));
            assertThatThrownBy(() -> movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED,
                    today().plusDays(1), null, null)).isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("error.dateInFuture"));
            MovementDetails launched = movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED,
                    today(), "Hội nghị phát động", null);
            MovementDetails running = movements.transition(launched.id(), launched.version(),
                    MovementStatus.IN_PROGRESS, today(), null, null);
            assertThat(running.status()).isEqualTo(MovementStatus.IN_PROGRESS);
            assertThat(movements.page(new MovementFilter(running.name(), Set.of(MovementStatus.IN_PROGRESS),
                    year()), 0, 10)).singleElement().satisfies(m -> assertThat(m.id()).isEqualTo(running.id()));
        });
    }

    @Test
    void a_decision_of_today_for_last_year_enters_the_register_and_tomorrow_is_refused() {
        runAs.as("thuongtruc", () -> {
            DecisionForm form = decision(today(), year() - 1);
            DecisionDetails d = decisions.save(form, null);
            Long person = people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"),
                    false), 0, 1).getFirst().id();
            d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, person, null,
                    data.award("LDTT"), 1, null, null, null), null);
            d = decisions.record(d.id(), d.version());
            assertThat(d.awards()).singleElement().satisfies(r -> assertThat(r.amount()).isPositive());
            assertThat(register.page(AwardQuery.all().withText(form.docNumber()), List.of(), 0, 10))
                    .singleElement().satisfies(r -> {
                        assertThat(r.awardYear()).isEqualTo(year() - 1);
                        assertThat(r.decisionDate()).isEqualTo(today());
                    });
            assertThatThrownBy(() -> decisions.save(decision(today().plusDays(1), year() - 1), null))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("error.decision.futureDate"));
        });
    }
}
