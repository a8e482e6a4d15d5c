package vn.tdkt.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockConfigTest {

    private final PersistenceConfig config = new PersistenceConfig();

    @Test
    void half_an_hour_into_the_new_year_in_vietnam_is_the_new_year_although_utc_is_still_in_the_old() {
        Clock clock = config.clock("2032-01-01T00:30:00+07:00");

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(Year.now(clock).getValue()).isEqualTo(2032);
        assertThat(clock.instant().atZone(ZoneOffset.UTC).getYear()).isEqualTo(2031);
    }

    @Test
    void a_fixed_clock_stands_still_and_an_unset_one_runs_on_vietnam_time() {
        Clock fixed = config.clock("2026-11-20T09:00:00+07:00");
        assertThat(fixed.instant()).isEqualTo(fixed.instant()).isEqualTo("2026-11-20T02:00:00Z");

        assertThat(config.clock("")).isEqualTo(Clock.system(PersistenceConfig.ZONE));
    }
}
