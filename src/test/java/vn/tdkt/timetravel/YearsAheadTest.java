package vn.tdkt.timetravel;

import org.springframework.test.context.TestPropertySource;

/** Years after the suite's day, past the end of every movement period the demo had in 2026. */
@TestPropertySource(properties = "tdkt.clock.fixed=2034-03-15T10:00:00+07:00")
class YearsAheadTest extends Journeys {
}
