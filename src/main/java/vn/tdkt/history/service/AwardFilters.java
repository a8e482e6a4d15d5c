package vn.tdkt.history.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.service.DecisionPeriods;
import vn.tdkt.history.domain.AwardFilter;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/** Turns a register search as the user states it into the database's filter (sub-units expanded). */
@Component
class AwardFilters {

    private final UnitService units;
    private final DecisionPeriods periods;

    AwardFilters(UnitService units, DecisionPeriods periods) {
        this.units = units;
        this.periods = periods;
    }

    /** The register's filter: an award matches the years when its achievement period meets them. */
    AwardFilter of(AwardQuery q) {
        return of(q, q.yearTo() == null ? 0 : periods.longestSpan());
    }

    /** For counts and boards per year: an award belongs to the year its period ends in, once. */
    AwardFilter byAwardYear(AwardQuery q) {
        return of(q, 0);
    }

    private AwardFilter of(AwardQuery q, int longestSpan) {
        if (q.yearFrom() != null && q.yearTo() != null && q.yearFrom() > q.yearTo()) {
            throw BusinessException.onField("yearFrom", "error.register.yearsReversed", q.yearFrom(), q.yearTo());
        }
        Collection<Long> unitIds = q.unitId() == null ? null
                : units.subtree(List.of(q.unitId())).stream().map(UnitOption::id).toList();
        Set<AwardState> states = switch (q.revoked() == null ? AwardQuery.Revoked.EXCLUDED : q.revoked()) {
            case EXCLUDED -> EnumSet.of(AwardState.ACTIVE);
            case ONLY -> EnumSet.of(AwardState.REVOKED);
            case INCLUDED -> EnumSet.of(AwardState.ACTIVE, AwardState.REVOKED);
        };
        return new AwardFilter(VietnameseText.fold(q.text()), q.awardTypeIds(), q.level(), q.kind(), unitIds,
                q.yearFrom(), q.yearTo(), q.issuerUnitId(), q.movementId(), null, states, longestSpan);
    }
}
