package vn.tdkt.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * The database going away and coming back, as the application meets it: while {@link #begin}
 * lasts, asking the pool for a connection fails the way Hikari fails when the server is down
 * (after its connection-timeout, {@code SQLTransientConnectionException}); {@link #failNextCommit}
 * loses the connection at the calling thread's next commit, as a server that dies under a
 * transaction (that thread's only: the scheduled work of the same context commits too). Passes
 * everything through otherwise, so it sits in every test context (one context for all tests).
 */
@Component
public class DatabaseOutage implements BeanPostProcessor {

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicReference<Thread> commitFailsFor = new AtomicReference<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Switchable) ? new Switchable(dataSource)
                : bean;
    }

    public void begin() {
        down.set(true);
    }

    public void end() {
        down.set(false);
        commitFailsFor.set(null);
    }

    public void failNextCommit() {
        commitFailsFor.set(Thread.currentThread());
    }

    private final class Switchable extends DelegatingDataSource {

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms", "08S01",
                        new SQLNonTransientConnectionException("Communications link failure", "08S01"));
            }
            Connection connection = super.getConnection();
            return commitFailsFor.get() == Thread.currentThread() ? losingAtCommit(connection) : connection;
        }

        private Connection losingAtCommit(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit")
                                && commitFailsFor.compareAndSet(Thread.currentThread(), null)) {
                            throw new SQLNonTransientConnectionException("Communications link failure", "08S01");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
