package vn.tdkt.decision.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.organization.domain.Gender;

/**
 * Keeps {@code dc_award_count} — the register's counts per state, unit, year, award type, kind
 * and gender — exact in the transaction of every write of awards, so that the statistics never
 * count a million rows.
 *
 * <p>Two ways in, both from this package's writers. A writer that changes the awards of a
 * decision in place (record, amend, revoke, add or change a recipient) calls {@link #watch}
 * before it changes them: the decision's counts are read then and again just before the commit,
 * and the difference is added. That holds whatever way the rows change (entities, bulk updates,
 * a date that moves an award to another year) and costs two grouped reads of one decision. The
 * import, which knows every row it inserts, adds its counts itself ({@link #add}), summed over
 * the whole list: one upsert per distinct key, not per row. Upserts go in key order, so two
 * writers lock the rows they share in the same order.
 */
@Service
@Transactional(readOnly = true)
public class AwardCounts {

    /** The counted columns; a missing unit or gender is stored as 0 / ''. */
    record Key(String state, long unitId, int year, long awardTypeId, String kind, String gender)
            implements Comparable<Key> {

        static Key of(AwardState state, Long unitId, int year, Long awardTypeId, RecipientKind kind, Gender gender) {
            return new Key(state.name(), unitId == null ? 0 : unitId, year, awardTypeId, kind.name(),
                    gender == null ? "" : gender.name());
        }

        @Override
        public int compareTo(Key o) {
            return java.util.Comparator.comparing(Key::state).thenComparingLong(Key::unitId)
                    .thenComparingInt(Key::year).thenComparingLong(Key::awardTypeId).thenComparing(Key::kind)
                    .thenComparing(Key::gender).compare(this, o);
        }
    }

    public record Recount(long awards, int rows) {
    }

    private static final String GROUPED = """
            SELECT state, COALESCE(unit_id, 0), award_year, award_type_id, kind, COALESCE(gender, ''), COUNT(*)
            FROM dc_award WHERE %s state <> 'DRAFT'
            GROUP BY state, COALESCE(unit_id, 0), award_year, award_type_id, kind, COALESCE(gender, '')
            """;
    private static final String UPSERT = """
            INSERT INTO dc_award_count (state, unit_id, award_year, award_type_id, kind, gender, n)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE n = n + VALUES(n)
            """;

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final AuditService audit;

    AwardCounts(JdbcTemplate jdbc, EntityManager em, AuditService audit) {
        this.jdbc = jdbc;
        this.em = em;
        this.audit = audit;
    }

    /** The counts of the transaction: decisions read before their change, deltas of inserted rows. */
    private static final class Pending implements TransactionSynchronization {
        private final AwardCounts owner;
        private final Map<Long, Map<Key, Long>> before = new HashMap<>();
        private final Map<Key, Long> added = new HashMap<>();

        Pending(AwardCounts owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.apply(this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
    }

    /** Before the awards of {@code decisionId} change in this transaction (once is enough; later calls are free). */
    void watch(Long decisionId) {
        pending().before.computeIfAbsent(decisionId, this::countsOf);
    }

    /** Rows this transaction inserts itself (import): added as they are, before the commit. */
    void add(Map<Key, Long> counts) {
        counts.forEach((k, n) -> pending().added.merge(k, n, Long::sum));
    }

    private Pending pending() {
        Pending p = (Pending) TransactionSynchronizationManager.getResource(this);
        if (p == null) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                throw new IllegalStateException("award counts change only within a transaction");
            }
            p = new Pending(this);
            TransactionSynchronizationManager.bindResource(this, p);
            TransactionSynchronizationManager.registerSynchronization(p);
        }
        return p;
    }

    /** Read through JDBC, which does not flush: the rows as committed, before this transaction's own changes. */
    private Map<Key, Long> countsOf(Long decisionId) {
        Map<Key, Long> counts = new HashMap<>();
        jdbc.query(GROUPED.formatted("decision_id = ? AND"), rs -> {
            counts.put(new Key(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
                    rs.getString(6)), rs.getLong(7));
        }, decisionId);
        return counts;
    }

    private void apply(Pending p) {
        Map<Key, Long> delta = new TreeMap<>(p.added);
        if (!p.before.isEmpty()) {
            em.flush();
            p.before.forEach((decisionId, before) -> {
                countsOf(decisionId).forEach((k, n) -> delta.merge(k, n, Long::sum));
                before.forEach((k, n) -> delta.merge(k, -n, Long::sum));
            });
        }
        List<Object[]> rows = new ArrayList<>();
        delta.forEach((k, n) -> {
            if (n != 0) {
                rows.add(new Object[] {k.state(), k.unitId(), k.year(), k.awardTypeId(), k.kind(), k.gender(), n});
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(UPSERT, rows);
        }
        p.before.clear();
        p.added.clear();
    }

    /**
     * Counts every award again from {@code dc_award} and replaces the table: after a repair made
     * in the database by hand, or a load that bypassed the application.
     */
    @Access.Admin
    @Transactional
    public Recount recount() {
        jdbc.update("DELETE FROM dc_award_count");
        int rows = jdbc.update("INSERT INTO dc_award_count (state, unit_id, award_year, award_type_id, kind, "
                + "gender, n) " + GROUPED.formatted(""));
        Long awards = jdbc.queryForObject("SELECT COALESCE(SUM(n), 0) FROM dc_award_count", Long.class);
        audit.record(DecisionReader.AWARD, null, "RECOUNT", awards + " lượt khen thưởng, " + rows + " dòng đếm");
        return new Recount(Objects.requireNonNullElse(awards, 0L), rows);
    }
}
