package vn.tdkt.history.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The register's queries over {@link AwardEntry}: one table, the filter's parts as predicates
 * on indexed columns (the year range first), words of the text as LIKE on the folded
 * search column. Page, count, id list (for streaming exports) and grouped counts share
 * the same predicates.
 *
 * <p>The text is searched the way a secretary means it: when some recipient's name holds the
 * words as a run of whole words ("tran thi thu ha"), only those names are found, exact names
 * first; otherwise every word must begin a word anywhere in the line — name, unit, number or
 * award ("co thi dua quang tri"). The search column is {@code " <name> | <unit> <number> ¦
 * <award> "} (see {@code Award.searchText}). Page and count learn which case holds in the same
 * pass over the index that filters, so a text search costs no second scan.
 */
@Repository
public class AwardEntrySearch {

    private final EntityManager em;

    public AwardEntrySearch(EntityManager em) {
        this.em = em;
    }

    /**
     * One page in two steps: the ids of the page (read from indexes where the database can),
     * then those rows, so that only the page's rows are ever loaded whole.
     */
    public List<AwardRow> page(AwardFilter filter, Sort sort, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        if (words(filter).isEmpty()) {
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<AwardEntry> a = q.from(AwardEntry.class);
            q.select(a.get("id")).where(predicates(cb, a, filter)).orderBy(orders(cb, a, sort));
            return rows(em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList());
        }
        // Name matches sort first: the page tells whether there are any, unless it starts past them.
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AwardEntry> a = q.from(AwardEntry.class);
        Expression<Integer> rank = rank(cb, a, filter);
        List<Order> orders = new ArrayList<>(List.of(cb.asc(rank)));
        orders.addAll(orders(cb, a, sort));
        q.multiselect(a.get("id"), rank).where(predicates(cb, a, filter)).orderBy(orders);
        List<Object[]> ranked = em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
        boolean names = !ranked.isEmpty() && ((Number) ranked.getFirst()[1]).intValue() < 2
                || offset > 0 && anyNameMatches(filter);
        return rows(ranked.stream().filter(r -> !names || ((Number) r[1]).intValue() < 2)
                .map(r -> (Long) r[0]).toList());
    }

    /** The rows of the given ids, in the order of {@code ids}. */
    public List<AwardRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, AwardRow> byId = new java.util.HashMap<>();
        em.createQuery("""
                select new vn.tdkt.history.domain.AwardRow(a.id, a.decisionId, a.registerNo, a.kind, a.personId,
                  a.unitId, a.recipientName, a.positionName, a.unitName, a.gender, a.awardTypeId, a.yearFrom,
                  a.awardYear, a.docNumber, a.decisionDate, a.issuerUnitId, a.amount, a.state, a.revokeReason)
                from AwardEntry a where a.id in :ids
                """, AwardRow.class).setParameter("ids", ids).getResultList().forEach(x -> byId.put(x.id(), x));
        return ids.stream().map(byId::get).toList();
    }

    public long count(AwardFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        if (words(filter).isEmpty()) {
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<AwardEntry> a = q.from(AwardEntry.class);
            q.select(cb.count(a)).where(predicates(cb, a, filter));
            return em.createQuery(q).getSingleResult();
        }
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AwardEntry> a = q.from(AwardEntry.class);
        q.multiselect(cb.count(a), cb.sum(cb.<Integer>selectCase().when(nameMatch(cb, a, filter), 1).otherwise(0)))
                .where(predicates(cb, a, filter));
        Object[] counts = em.createQuery(q).getSingleResult();
        long names = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        return names > 0 ? names : ((Number) counts[0]).longValue();
    }

    public List<Long> ids(AwardFilter filter, Sort sort, int max) {
        boolean names = !words(filter).isEmpty() && anyNameMatches(filter);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AwardEntry> a = q.from(AwardEntry.class);
        List<Order> orders = new ArrayList<>();
        if (names) {
            orders.add(cb.asc(rank(cb, a, filter)));
        }
        orders.addAll(orders(cb, a, sort));
        q.select(a.get("id")).where(resolved(cb, a, filter, names)).orderBy(orders);
        return em.createQuery(q).setMaxResults(max).getResultList();
    }

    /** Counts grouped by the given attributes (e.g. "awardYear", "awardTypeId"); rows end with the count. */
    public List<Object[]> countBy(AwardFilter filter, String... attributes) {
        boolean names = !words(filter).isEmpty() && anyNameMatches(filter);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AwardEntry> a = q.from(AwardEntry.class);
        List<Expression<?>> groups = new ArrayList<>();
        for (String attribute : attributes) {
            groups.add(a.get(attribute));
        }
        List<jakarta.persistence.criteria.Selection<?>> selections = new ArrayList<>(groups);
        selections.add(cb.count(a));
        q.multiselect(selections).where(resolved(cb, a, filter, names)).groupBy(groups);
        return em.createQuery(q).getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AwardEntry> a, AwardFilter f) {
        List<Predicate> p = new ArrayList<>();
        p.add(a.get("state").in(f.states()));
        if (f.yearFrom() != null) {
            p.add(cb.greaterThanOrEqualTo(a.get("awardYear"), f.yearFrom()));
        }
        if (f.yearTo() != null) {
            // A period award (2019–2022) is found by any year it covers: it ends no later than the
            // last year plus the longest period, and it begins no later than the last year.
            p.add(cb.lessThanOrEqualTo(a.get("awardYear"), f.yearTo() + f.longestSpan()));
            if (f.longestSpan() > 0) {
                p.add(cb.lessThanOrEqualTo(a.get("yearFrom"), f.yearTo()));
            }
        }
        if (f.personId() != null) {
            p.add(cb.equal(a.get("personId"), f.personId()));
        }
        if (f.awardTypeIds() != null && !f.awardTypeIds().isEmpty()) {
            p.add(a.get("awardTypeId").in(f.awardTypeIds()));
        }
        if (f.level() != null) {
            p.add(cb.equal(a.get("awardLevel"), f.level()));
        }
        if (f.kind() != null) {
            p.add(cb.equal(a.get("kind"), f.kind()));
        }
        if (f.unitIds() != null && !f.unitIds().isEmpty()) {
            p.add(a.get("unitId").in(f.unitIds()));
        }
        if (f.issuerUnitId() != null) {
            p.add(cb.equal(a.get("issuerUnitId"), f.issuerUnitId()));
        }
        if (f.movementId() != null) {
            p.add(cb.equal(a.get("movementId"), f.movementId()));
        }
        for (String word : words(f)) {
            p.add(cb.like(a.get("searchText"), "% " + escape(word) + "%", '\\'));
        }
        if (f.awardPhrase() != null && !words(f).isEmpty()) {
            p.add(cb.or(nameMatch(cb, a, f),
                    cb.like(a.get("searchText"), "%\u00A6% " + escape(f.awardPhrase()) + " %", '\\')));
        }
        return p.toArray(Predicate[]::new);
    }

    private static List<String> words(AwardFilter f) {
        return f.foldedText() == null || f.foldedText().isBlank() ? List.of()
                : List.of(f.foldedText().strip().split(" +"));
    }

    private static String phrase(AwardFilter f) {
        return String.join(" ", words(f));
    }

    /** A recipient whose name holds the query's words as a run of whole words. */
    private static Predicate nameMatch(CriteriaBuilder cb, Root<AwardEntry> a, AwardFilter f) {
        return cb.like(a.get("searchText"), "% " + escape(phrase(f)) + " %|%", '\\');
    }

    /** 0: the name is the query; 1: the name holds it; 2: the words are found elsewhere. */
    private static Expression<Integer> rank(CriteriaBuilder cb, Root<AwardEntry> a, AwardFilter f) {
        return cb.<Integer>selectCase()
                .when(cb.like(a.get("searchText"), " " + escape(phrase(f)) + " |%", '\\'), 0)
                .when(nameMatch(cb, a, f), 1)
                .otherwise(2);
    }

    /** Whether any line matching the filter has the query in its recipient's name. */
    private boolean anyNameMatches(AwardFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AwardEntry> a = q.from(AwardEntry.class);
        List<Predicate> p = new ArrayList<>(List.of(predicates(cb, a, filter)));
        p.add(nameMatch(cb, a, filter));
        q.select(a.get("id")).where(p.toArray(Predicate[]::new));
        return !em.createQuery(q).setMaxResults(1).getResultList().isEmpty();
    }

    /** The filter's predicates, narrowed to name matches when there are any (for exports and counts by group). */
    private Predicate[] resolved(CriteriaBuilder cb, Root<AwardEntry> a, AwardFilter filter, boolean names) {
        List<Predicate> p = new ArrayList<>(List.of(predicates(cb, a, filter)));
        if (names) {
            p.add(nameMatch(cb, a, filter));
        }
        return p.toArray(Predicate[]::new);
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<AwardEntry> a, Sort sort) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order o : sort) {
            orders.add(o.isAscending() ? cb.asc(a.get(o.getProperty())) : cb.desc(a.get(o.getProperty())));
        }
        orders.add(cb.asc(a.get("id")));
        return orders;
    }
}
