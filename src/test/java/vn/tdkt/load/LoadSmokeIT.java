package vn.tdkt.load;

import static org.assertj.core.api.Assertions.assertThat;

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
 * against the application on a random port. Runs under Failsafe like the browser journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class LoadSmokeIT {

    private static final List<String> USERS = List.of("xem", "canbo.tonghop", "thuongtruc", "chutich");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
}
