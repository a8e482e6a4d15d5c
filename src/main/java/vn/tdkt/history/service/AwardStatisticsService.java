package vn.tdkt.history.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.history.domain.AwardCountSearch;
import vn.tdkt.history.domain.AwardEntrySearch;
import vn.tdkt.history.domain.AwardFilter;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.UnitService;

/** Counts of the register: per year × award type, per unit, individuals vs collectives, men vs women. */
@Service
@Transactional(readOnly = true)
public class AwardStatisticsService {

    private final AwardEntrySearch search;
    private final AwardCountSearch counts;
    private final AwardFilters filters;
    private final AwardTypeService awardTypes;
    private final UnitService units;

    AwardStatisticsService(AwardEntrySearch search, AwardCountSearch counts, AwardFilters filters,
            AwardTypeService awardTypes, UnitService units) {
        this.search = search;
        this.counts = counts;
        this.filters = filters;
        this.awardTypes = awardTypes;
        this.units = units;
    }

    public record YearTypeCount(int year, Long awardTypeId, String awardName, long count) {
    }

    public record NamedCount(Long id, String name, long count) {
    }

    public record YearCount(int year, long individuals, long collectives) {
    }

    public record Statistics(List<Integer> years, List<YearTypeCount> yearType, List<YearCount> perYear,
            List<NamedCount> byUnit, long individuals, long collectives, long men, long women, long genderUnknown,
            long total) {
    }

    /**
     * Counts per year × award type, per unit (at the time), individuals vs collectives, men vs women:
     * from the kept counts when the filter allows (years, units, award types, kind, revoked — all
     * the statistics page asks), else counted on the awards (a text, level, issuer or movement).
     */
    @Access.Authenticated
    public Statistics statistics(AwardQuery query, int topUnits) {
        AwardFilter f = filters.byAwardYear(query);
        boolean kept = AwardCountSearch.answers(f);
        List<Object[]> rows = kept ? counts.byYearTypeKindGender(f)
                : search.countBy(f, "awardYear", "awardTypeId", "kind", "gender");
        List<Object[]> perUnit = kept ? counts.byUnit(f) : search.countBy(f, "unitId");
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        List<YearTypeCount> yearType = new ArrayList<>();
        long individuals = 0;
        long collectives = 0;
        long men = 0;
        long women = 0;
        long unknown = 0;
        Map<String, Long> byYearType = new LinkedHashMap<>();
        Map<Integer, long[]> perYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (Object[] row : rows) {
            long n = (Long) row[4];
            byYearType.merge(row[0] + ":" + row[1], n, Long::sum);
            perYear.computeIfAbsent((Integer) row[0], y -> new long[2])[row[2] == RecipientKind.COLLECTIVE ? 1 : 0]
                    += n;
            if (row[2] == RecipientKind.COLLECTIVE) {
                collectives += n;
            } else {
                individuals += n;
                if (row[3] == Gender.MALE) {
                    men += n;
                } else if (row[3] == Gender.FEMALE) {
                    women += n;
                } else {
                    unknown += n;
                }
            }
        }
        Set<Integer> years = new java.util.TreeSet<>();
        byYearType.forEach((key, n) -> {
            int year = Integer.parseInt(key.substring(0, key.indexOf(':')));
            Long type = Long.valueOf(key.substring(key.indexOf(':') + 1));
            years.add(year);
            yearType.add(new YearTypeCount(year, type, types.get(type).name(), n));
        });
        yearType.sort(Comparator.comparingInt(YearTypeCount::year).reversed()
                .thenComparingInt(c -> types.get(c.awardTypeId()).precedence()));
        List<Map.Entry<Long, Long>> unitCounts = new ArrayList<>(withSubUnits(perUnit,
                f.unitIds()).entrySet());
        unitCounts.sort(Map.Entry.<Long, Long>comparingByValue().reversed());
        List<Map.Entry<Long, Long>> top = unitCounts.subList(0, Math.min(topUnits, unitCounts.size()));
        Map<Long, String> names = units.fullNames(top.stream().map(Map.Entry::getKey).toList());
        List<NamedCount> byUnit = top.stream().map(e -> new NamedCount(e.getKey(), names.get(e.getKey()),
                e.getValue())).toList();
        List<YearCount> years2 = perYear.entrySet().stream()
                .map(e -> new YearCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Statistics(List.copyOf(years).reversed(), yearType, years2, byUnit, individuals, collectives, men,
                women, unknown, individuals + collectives);
    }

    /**
     * Each unit's count with its sub-units' (a unit line reads "gồm đơn vị trực thuộc"), from the
     * counts per unit of the award; only units within the searched ones when a unit was chosen.
     */
    private Map<Long, Long> withSubUnits(List<Object[]> perUnit, java.util.Collection<Long> searched) {
        Map<Long, String> paths = units.paths();
        Set<Long> shown = searched == null ? null : Set.copyOf(searched);
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : perUnit) {
            if (row[0] == null) {
                continue;
            }
            String path = paths.getOrDefault((Long) row[0], "/" + row[0] + "/");
            for (String id : path.split("/")) {
                if (!id.isEmpty() && (shown == null || shown.contains(Long.valueOf(id)))) {
                    counts.merge(Long.valueOf(id), (Long) row[1], Long::sum);
                }
            }
        }
        return counts;
    }
}
