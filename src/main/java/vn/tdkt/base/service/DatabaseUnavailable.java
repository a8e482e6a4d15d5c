package vn.tdkt.base.service;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached (restarting, failing over, network
 * gone) from any other: the user is told to try again in a moment instead of reading about an
 * unexpected error, and a login is not counted as a wrong password. The cause chain is walked,
 * because Spring, Hibernate and the pool wrap the driver's exception in each other's.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08: connection exception (Connector/J's communications failure is 08S01). */
    private static final String CONNECTION_STATE = "08";

    /**
     * What Hikari's proxy says once it has evicted a connection as broken (it does so on a
     * connection-class SQL state): the rollback after a query that lost the server then fails with
     * this, and Spring throws the rollback's failure instead of the query's.
     */
    private static final String EVICTED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_STATE) || EVICTED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
