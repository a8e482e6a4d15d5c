package vn.tdkt.history.service;

import java.util.Set;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;

/** A register search as the user states it; null/empty parts are "any". */
public record AwardQuery(String text, Set<Long> awardTypeIds, AwardLevel level, RecipientKind kind,
        Long unitId, Integer yearFrom, Integer yearTo, Long issuerUnitId, Long movementId, Revoked revoked) {

    public static AwardQuery all() {
        return new AwardQuery("", Set.of(), null, null, null, null, null, null, null, Revoked.EXCLUDED);
    }

    public AwardQuery withYears(Integer from, Integer to) {
        return new AwardQuery(text, awardTypeIds, level, kind, unitId, from, to, issuerUnitId, movementId,
                revoked);
    }

    public AwardQuery withText(String value) {
        return new AwardQuery(value, awardTypeIds, level, kind, unitId, yearFrom, yearTo, issuerUnitId,
                movementId, revoked);
    }

    public AwardQuery withUnit(Long value, RecipientKind recipients) {
        return new AwardQuery(text, awardTypeIds, level, recipients, value, yearFrom, yearTo, issuerUnitId,
                movementId, revoked);
    }

    /** Whether revoked awards are left out (the default), shown alone, or shown too. */
    public enum Revoked {
        EXCLUDED,
        ONLY,
        INCLUDED
    }
}
