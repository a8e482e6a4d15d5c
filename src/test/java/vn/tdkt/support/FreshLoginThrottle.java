package vn.tdkt.support;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every test run starts without failed-login counts. The tests' clock stands still, so on a kept
 * database (MariaDB) the counts of earlier runs would look as fresh as this run's and never decay:
 * the browser journeys' wrong passwords from 127.0.0.1 would add up run after run until every
 * login from the test browser waits.
 */
@Component
class FreshLoginThrottle {

    private final JdbcTemplate jdbc;

    FreshLoginThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void forgetEarlierRuns() {
        jdbc.update("DELETE FROM login_throttle");
    }
}
