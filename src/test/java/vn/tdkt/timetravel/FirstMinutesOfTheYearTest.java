package vn.tdkt.timetravel;

import org.springframework.test.context.TestPropertySource;

/**
 * Half an hour into a year (still 31/12 in UTC), before last year's titles are decided: the
 * demo data built on a fresh database then.
 */
@TestPropertySource(properties = "tdkt.clock.fixed=2032-01-01T00:30:00+07:00")
class FirstMinutesOfTheYearTest extends Journeys {
}
