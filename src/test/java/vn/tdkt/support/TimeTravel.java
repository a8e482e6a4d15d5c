package vn.tdkt.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.tdkt.base.service.PersistenceConfig;

/**
 * Starts a context at the instant of {@code tdkt.clock.fixed} on a database of its own, freshly
 * created (an H2 in-memory database, or on MariaDB a database named after the test database
 * with the instant appended), so the demo data is built on that day. The clock is a
 * {@link MovableClock} the test can move on. Close the context after its tests
 * ({@code @DirtiesContext}). The JVM-wide security-context strategy such a context installs is
 * undone before every test by {@link OwnSecurityContextStrategy}.
 */
public class TimeTravel implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern H2_MEM = Pattern.compile("^(jdbc:h2:mem:[^;]+)(.*)$");
    private static final Pattern MYSQL = Pattern.compile("^(jdbc:mysql://[^/]+/)([^?]+)(\\?.*)?$");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        Instant start = OffsetDateTime.parse(env.getRequiredProperty("tdkt.clock.fixed")).toInstant();
        String suffix = "_tt" + DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(PersistenceConfig.ZONE)
                .format(start);
        String url = freshDatabase(env, suffix);
        env.getPropertySources().addFirst(new MapPropertySource("timeTravel", Map.of("spring.datasource.url", url)));
        ((GenericApplicationContext) context).registerBean(MovableClock.class,
                () -> new MovableClock(start, PersistenceConfig.ZONE), definition -> definition.setPrimary(true));
    }

    private static String freshDatabase(ConfigurableEnvironment env, String suffix) {
        String url = env.getRequiredProperty("spring.datasource.url");
        Matcher h2 = H2_MEM.matcher(url);
        if (h2.matches()) {
            return h2.group(1) + suffix + h2.group(2);
        }
        Matcher mysql = MYSQL.matcher(url);
        if (!mysql.matches()) {
            throw new IllegalStateException("No fresh database for " + url);
        }
        String params = mysql.group(3) == null ? "" : mysql.group(3);
        String name = mysql.group(2) + suffix;
        try (Connection c = DriverManager.getConnection(mysql.group(1) + params,
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
        return mysql.group(1) + name + params;
    }
}
