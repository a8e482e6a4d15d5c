package vn.tdkt.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.tdkt.support.TestProfiles;

/**
 * The load benchmark's scenario in miniature, so it cannot rot: a few users at once log in and
 * walk the register (open, search, scroll, a person's timeline, the statistics) through
 * Vaadin's own HTTP protocol ({@link VaadinUser}, the messages the Gatling simulation sends),
 * against the application on a random port; and the benchmark's two writes, each found in the
 * database once the client saw it acknowledged. Runs under Failsafe like the browser journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class LoadSmokeIT {

    private static final List<String> USERS = List.of("xem", "canbo.tonghop", "thuongtruc", "chutich");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_few_users_at_once_walk_the_register_through_vaadins_own_protocol_without_an_error() throws Exception {
        jdbc.update("DELETE FROM login_throttle");
        Map<String, Integer> requests = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> runs = USERS.stream().<Future<?>>map(name -> pool.submit(() -> {
                VaadinUser user = new VaadinUser("http://localhost:" + port,
                        line -> requests.merge(line.substring(0, line.lastIndexOf(' ')), 1, Integer::sum));
                try {
                    user.journey(name, "Demo@2026");
                } catch (Exception e) {
                    errors.add(name + ": " + e);
                }
            })).toList();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(errors).as("what went wrong for a simulated user").isEmpty();
        assertThat(requests).as("every user reached every step")
                .containsEntry("login", USERS.size()).containsEntry("search", USERS.size())
                .containsEntry("scroll", USERS.size()).containsEntry("timeline", USERS.size())
                .containsEntry("statistics", USERS.size());
    }

    @Test
    void a_secretary_s_recorded_decision_and_an_officer_s_registration_are_in_the_database_once_acknowledged()
            throws Exception {
        jdbc.update("DELETE FROM login_throttle");
        LocalDate today = LocalDate.now(clock);
        String base = "http://localhost:" + port;

        VaadinUser secretary = new VaadinUser(base, line -> { });
        secretary.login("thuongtruc", "Demo@2026");
        String number = secretary.recordDecision(VaadinUser.decisionNumber(System.currentTimeMillis() / 10_000, 7, 1),
                today);
        assertThat(jdbc.queryForList("SELECT d.status FROM dc_decision d WHERE d.doc_number = ?", String.class,
                number)).as("the acknowledged decision").containsExactly("RECORDED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dc_award a JOIN dc_decision d ON d.id = a.decision_id "
                + "WHERE d.doc_number = ?", Integer.class, number)).isEqualTo(VaadinUser.RECIPIENTS.size());

        VaadinUser officer = new VaadinUser(base, line -> { });
        officer.login("canbo.tonghop", "Demo@2026");
        VaadinUser.SavedRegistration saved = officer.saveRegistration(today.getYear() + 1, 0);
        assertThat(jdbc.queryForList("SELECT t.name FROM mv_registration r JOIN cat_award_type t "
                + "ON t.id = r.award_type_id WHERE r.person_id = ? AND r.emulation_year = ?", String.class,
                saved.personId(), saved.year())).as("the acknowledged registration").containsExactly(saved.title());
    }
}
