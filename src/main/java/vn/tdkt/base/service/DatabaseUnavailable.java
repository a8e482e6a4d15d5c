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
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_STATE)) {
                return true;
            }
        }
        return false;
    }
}
