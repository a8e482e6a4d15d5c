package vn.tdkt.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * H2 by default; the real MySQL-compatible server with {@code -Dtdkt.test.db=mariadb}
 * (the production {@code mysql} profile plus the MariaDB dialect pinning, so the same
 * configuration as a deployment is exercised).
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty("tdkt.test.db", "h2"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onMariaDb() ? new String[] {"mysql", "mariadb", "test", "mariadb-test"}
                : new String[] {"test", "h2-test"};
    }
}
