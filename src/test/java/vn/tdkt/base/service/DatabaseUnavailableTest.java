package vn.tdkt.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is away, try again shortly" and which do not. */
class DatabaseUnavailableTest {

    @Test
    void the_pool_the_driver_hibernate_and_spring_ways_of_saying_the_server_is_gone_are_recognised_however_wrapped() {
        SQLException linkFailure = new SQLException("Communications link failure", "08S01");
        assertThat(DatabaseUnavailable.is(new CannotCreateTransactionException("no JDBC connection",
                new JDBCConnectionException("unable to acquire", new SQLTransientConnectionException("timeout")))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.is(new TransientDataAccessResourceException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.is(new BeanCreationException("a page", new IllegalStateException(linkFailure))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .as("the rollback after a lost connection, which Spring throws instead of the query's failure")
                .isTrue();
    }

    @Test
    void a_broken_rule_or_a_duplicate_key_is_not_an_outage() {
        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.is(null)).isFalse();
    }
}
