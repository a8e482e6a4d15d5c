package vn.tdkt.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tdkt.base.service.ClusterNode;
import vn.tdkt.base.service.JobLock;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.MovableClock;
import vn.tdkt.support.Unique;

/**
 * Scheduled work on two nodes sharing the database: each node's scheduler fires, one runs the
 * job. The two nodes are two locks on the same database with clocks of their own.
 */
@IntegrationTest
class JobLockTest {

    static final OffsetDateTime NIGHT = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, ZoneOffset.UTC);
    static final Duration HOLD = Duration.ofHours(1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    record Node(JobLock lock, MovableClock clock) {
    }

    private Node node(String name) {
        MovableClock clock = new MovableClock(NIGHT.toInstant(), PersistenceConfig.ZONE);
        return new Node(new JobLock(jdbc, clock, new ClusterNode(name, Duration.ofSeconds(5)), transactions), clock);
    }

    /** Both nodes' schedulers fire at once; returns whether each ran the job. */
    private static List<Boolean> fireTogether(String job, Node a, Node b) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> take(together, a, job), threads);
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> take(together, b, job), threads);
            return List.of(first.get(), second.get());
        }
    }

    private static boolean take(CyclicBarrier together, Node node, String job) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node.lock().tryTake(job, HOLD);
    }

    @Test
    void of_two_nodes_whose_schedulers_fire_together_exactly_one_runs_the_job_each_night() throws Exception {
        String job = Unique.code("nightly");
        Node a = node("node-a");
        Node b = node("node-b");

        // The very first night: no node has run the job yet.
        assertThat(fireTogether(job, a, b)).containsExactlyInAnyOrder(true, false);

        // A scheduler firing a little late (clocks differ by seconds) finds the job done.
        b.clock().moveTo(NIGHT.plusSeconds(30));
        a.clock().moveTo(NIGHT.plusSeconds(30));
        assertThat(b.lock().tryTake(job, HOLD)).isFalse();
        assertThat(a.lock().tryTake(job, HOLD)).isFalse();

        // The next night the job runs again, once.
        a.clock().moveTo(NIGHT.plusDays(1));
        b.clock().moveTo(NIGHT.plusDays(1));
        assertThat(fireTogether(job, a, b)).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void a_node_that_died_holding_the_lock_keeps_the_job_from_no_one_after_the_hold() {
        String job = Unique.code("nightly");
        Node dying = node("node-dying");
        Node other = node("node-other");
        assertThat(dying.lock().tryTake(job, HOLD)).isTrue();

        other.clock().moveTo(NIGHT.plus(HOLD).minusSeconds(1));
        assertThat(other.lock().tryTake(job, HOLD)).isFalse();
        other.clock().moveTo(NIGHT.plus(HOLD));
        assertThat(other.lock().tryTake(job, HOLD)).isTrue();
        assertThat(jdbc.queryForObject("SELECT locked_by FROM job_lock WHERE job = ?", String.class, job))
                .isEqualTo("node-other");
    }
}
