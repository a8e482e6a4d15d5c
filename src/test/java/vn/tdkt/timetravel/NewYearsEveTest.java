package vn.tdkt.timetravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.movement.service.DashboardService.Overview;
import vn.tdkt.movement.service.RegistrationService.SheetRow;
import vn.tdkt.movement.service.RegistrationService.UnitSheet;

/** 23:30 on 31/12, and then across midnight into a new year on the demo data built before it. */
@TestPropertySource(properties = "tdkt.clock.fixed=2031-12-31T23:30:00+07:00")
class NewYearsEveTest extends Journeys {

    @Test
    void at_midnight_last_years_registration_closes_and_the_new_years_opens() {
        Long movement = quangTriMovement();
        Long tongHop = data.unit("phong tong hop van phong tinh uy quang tri");
        runAs.as("thuongtruc", () -> {
            var window = registrations.window(movement, 2031);
            registrations.setWindow(movement, 2031, window.version(), today(), true);
        });
        SheetRow last = runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, 2031, tongHop))
                .people().getLast();
        runAs.as("canbo.tonghop", () -> registrations.register(movement, 2031, tongHop, last.personId(),
                data.award("LDTT")));

        // 17:30 UTC, still 31/12 there: "this year" must be Vietnam's.
        clock.moveTo(OffsetDateTime.parse("2032-01-01T00:30:00+07:00"));

        assertThat(today()).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThatThrownBy(() -> runAs.as("canbo.tonghop", () -> registrations.register(movement, 2031, tongHop,
                last.personId(), data.award("CSTDCS")))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("error.registration.closed"));
        assertThat(runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, 2031, tongHop)).editable())
                .isFalse();
        UnitSheet newYear = runAs.as("canbo.tonghop", () -> registrations.unitSheet(movement, 2032, tongHop));
        assertThat(newYear.editable()).as("opened before midnight as next year's").isTrue();
        runAs.as("canbo.tonghop", () -> registrations.register(movement, 2032, tongHop, last.personId(),
                data.award("LDTT")));

        Overview overview = runAs.as("thuongtruc", () -> dashboard.overview());
        assertThat(overview.year()).isEqualTo(2032);
        assertThat(overview.deadlines()).noneMatch(d -> d.year() == 2031);
        assertThat(overview.deadlines()).anySatisfy(d -> {
            assertThat(d.movementId()).isEqualTo(movement);
            assertThat(d.year()).isEqualTo(2032);
            assertThat(d.daysLeft()).isEqualTo(30);
        });

        runAs.as("thuongtruc", () -> {
            DecisionDetails d = decisions.save(decision(LocalDate.of(2032, 1, 1), 2031), null);
            assertThat(d.decisionDate()).isEqualTo(LocalDate.of(2032, 1, 1));
            assertThatThrownBy(() -> decisions.save(decision(LocalDate.of(2032, 1, 2), 2031), null))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("error.decision.futureDate"));
        });
    }
}
