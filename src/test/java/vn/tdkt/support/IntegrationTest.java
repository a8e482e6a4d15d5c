package vn.tdkt.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on the test database (H2 or MariaDB), with the demo data. Tagged
 * {@value #DB}: these tests run once on H2 and again on MariaDB with {@code -Pmariadb}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(IntegrationTest.DB)
@SpringBootTest
@org.springframework.context.annotation.Import({RunAs.class, TestData.class})
@ActiveProfiles(resolver = TestProfiles.class)
@TestExecutionListeners(listeners = OwnSecurityContextStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {

    /** The JUnit tag of the tests that touch the database. */
    String DB = "db";
}
