package vn.tdkt.base.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets scheduled work run on one node per schedule when several nodes share the database. Each
 * node's scheduler fires; the first whose UPDATE of the job's row finds it free holds it for
 * {@code hold} and runs the job, the others skip. The lock is not released after the run: held
 * for longer than the clocks of the nodes differ and shorter than the schedule's period, it also
 * keeps a node whose scheduler fires a little later from running the job a second time, and a
 * node that dies while holding it frees it by the end of {@code hold}.
 */
@Service
public class JobLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClusterNode node;
    private final TransactionTemplate ownTransaction;

    public JobLock(JdbcTemplate jdbc, Clock clock, ClusterNode node, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Committed at once, so that the other nodes see the lock while the job is still running.
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** True when this node took the lock of {@code job} and should run it now. */
    @Access.Unsecured("scheduled work takes it without a user; it only decides which node runs the job")
    public boolean tryTake(String job, Duration hold) {
        LocalDateTime now = utc(clock.instant());
        LocalDateTime until = utc(clock.instant().plus(hold));
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            if (jdbc.update("UPDATE job_lock SET locked_until = ?, locked_by = ? WHERE job = ? AND locked_until <= ?",
                    until, node.id(), job, now) == 1) {
                return true;
            }
            try {
                jdbc.update("INSERT INTO job_lock (job, locked_until, locked_by) VALUES (?, ?, ?)", job, until,
                        node.id());
                return true;
            } catch (DuplicateKeyException | ConcurrencyFailureException held) {
                // The other node inserted it first, or (InnoDB) both UPDATEs took the gap lock of the
                // missing row and the database chose this node's INSERT as a deadlock's victim.
                return false;
            }
        }));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
