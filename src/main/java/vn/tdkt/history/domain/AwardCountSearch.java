package vn.tdkt.history.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.organization.domain.Gender;

/**
 * The register's counts read from {@code dc_award_count}, the table of counts the decision
 * feature keeps with every write of an award (its owner; the register only reads it, as it
 * reads {@code dc_award}). It answers a filter of states, award years, award types, kind of
 * recipient and units — what the statistics page asks; a filter with anything else (text,
 * level, issuer, movement, person) must be counted on the awards themselves ({@link #answers}).
 * Rows have the shape of {@link AwardEntrySearch#countBy}'s, so either source can be used.
 */
@Repository
public class AwardCountSearch {

    private final EntityManager em;

    public AwardCountSearch(EntityManager em) {
        this.em = em;
    }

    /** Whether the counts can answer {@code f}: only the counted columns are filtered, one year each award. */
    public static boolean answers(AwardFilter f) {
        return (f.foldedText() == null || f.foldedText().isBlank()) && f.level() == null
                && f.issuerUnitId() == null && f.movementId() == null && f.personId() == null
                && f.longestSpan() == 0;
    }

    /** Rows of award year, award type id, kind, gender, count (as {@code countBy(f, "awardYear", …)}). */
    public List<Object[]> byYearTypeKindGender(AwardFilter f) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query("award_year, award_type_id, kind, gender", f).getResultList()) {
            Object[] r = (Object[]) row;
            String gender = (String) r[3];
            rows.add(new Object[] {((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                RecipientKind.valueOf((String) r[2]), gender.isEmpty() ? null : Gender.valueOf(gender),
                ((Number) r[4]).longValue()});
        }
        return rows;
    }

    /** Rows of unit id (null: none), count (as {@code countBy(f, "unitId")}). */
    public List<Object[]> byUnit(AwardFilter f) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query("unit_id", f).getResultList()) {
            Object[] r = (Object[]) row;
            long unit = ((Number) r[0]).longValue();
            rows.add(new Object[] {unit == 0 ? null : unit, ((Number) r[1]).longValue()});
        }
        return rows;
    }

    private Query query(String groups, AwardFilter f) {
        StringBuilder sql = new StringBuilder("SELECT " + groups
                + ", SUM(n) FROM dc_award_count WHERE state IN (:states)");
        if (f.yearFrom() != null) {
            sql.append(" AND award_year >= :yearFrom");
        }
        if (f.yearTo() != null) {
            sql.append(" AND award_year <= :yearTo");
        }
        boolean types = f.awardTypeIds() != null && !f.awardTypeIds().isEmpty();
        if (types) {
            sql.append(" AND award_type_id IN (:types)");
        }
        if (f.kind() != null) {
            sql.append(" AND kind = :kind");
        }
        boolean units = f.unitIds() != null && !f.unitIds().isEmpty();
        if (units) {
            sql.append(" AND unit_id IN (:units)");
        }
        // Keys whose awards all moved away stay with 0 until the next recount.
        sql.append(" GROUP BY ").append(groups).append(" HAVING SUM(n) > 0");
        Query q = em.createNativeQuery(sql.toString());
        q.setParameter("states", f.states().stream().map(Enum::name).toList());
        if (f.yearFrom() != null) {
            q.setParameter("yearFrom", f.yearFrom());
        }
        if (f.yearTo() != null) {
            q.setParameter("yearTo", f.yearTo());
        }
        if (types) {
            q.setParameter("types", f.awardTypeIds());
        }
        if (f.kind() != null) {
            q.setParameter("kind", f.kind().name());
        }
        if (units) {
            q.setParameter("units", f.unitIds());
        }
        return q;
    }
}
