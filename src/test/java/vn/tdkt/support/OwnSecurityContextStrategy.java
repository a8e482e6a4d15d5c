package vn.tdkt.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each application context installs its own security-context strategy (Vaadin's) in the
 * static {@link SecurityContextHolder}; with several contexts in one JVM (the time-travel
 * tests start their own) the last one started would win, and code that reads the static
 * holder would no longer see the user that the test's context knows. Before every test the
 * strategy of that test's own context is put back.
 */
public class OwnSecurityContextStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
