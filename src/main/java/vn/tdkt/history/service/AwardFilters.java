package vn.tdkt.history.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.service.AwardTypeService;
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
    private final AwardTypeService awardTypes;

    AwardFilters(UnitService units, DecisionPeriods periods, AwardTypeService awardTypes) {
        this.units = units;
        this.periods = periods;
        this.awardTypes = awardTypes;
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
        String text = VietnameseText.searchKey(q.text());
        return new AwardFilter(text, awardPhrase(text), q.awardTypeIds(), q.level(), q.kind(), unitIds,
                q.yearFrom(), q.yearTo(), q.issuerUnitId(), q.movementId(), null, states, longestSpan);
    }

    /**
     * The longest run of two or more of the query's words that occurs as words of an award's
     * name ("co thi dua quang tri" → "co thi dua"), or null: so that the words of an award
     * are read together, not one by one anywhere in a line ("thi dua" of a CSTĐCS).
     */
    private String awardPhrase(String text) {
        if (text.isEmpty()) {
            return null;
        }
        List<String> names = awardTypes.byId().values().stream()
                .map(t -> " " + VietnameseText.searchKey(t.name()) + " ").toList();
        String[] words = text.split(" ");
        for (int length = words.length; length >= 2; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String run = " " + String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length)) + " ";
                if (names.stream().anyMatch(n -> n.contains(run))) {
                    return run.strip();
                }
            }
        }
        return null;
    }
}
