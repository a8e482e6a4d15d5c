package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The database tests run where they are asked to, and on the suite's fixed day. */
@IntegrationTest
class TestEnvironmentTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Value("${tdkt.clock.fixed}")
    String fixed;

    @Test
    void the_tests_talk_to_mariadb_when_asked_and_to_h2_otherwise() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            if (TestProfiles.onMariaDb()) {
                // Connector/J names a MariaDB server "MySQL" (version "5.5.5-10.11…").
                assertThat(meta.getDatabaseProductName()).isIn("MySQL", "MariaDB");
                assertThat(meta.getURL()).startsWith("jdbc:mysql:");
            } else {
                assertThat(meta.getDatabaseProductName()).isEqualTo("H2");
                assertThat(meta.getURL()).startsWith("jdbc:h2:mem:");
            }
        }
    }

    @Test
    void the_clock_stands_at_the_suites_fixed_instant() {
        assertThat(clock.instant()).isEqualTo(OffsetDateTime.parse(fixed).toInstant());
        assertThat(clock.getZone()).hasToString("Asia/Ho_Chi_Minh");
    }
}
