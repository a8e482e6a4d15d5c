package vn.tdkt.decision.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.decision.domain.AwardLine;
import vn.tdkt.decision.domain.AwardSearch;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.RegisterFilter;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitOption;

/** The awards register: everyone logged in searches it; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class RegisterService {

    /**
     * Newest achievement year first; within a year the higher awards first (flags, Bằng
     * khen, titles), then the decision and the order of its list.
     */
    public static final Sort NEWEST = Sort.by(Sort.Order.desc("awardYear"), Sort.Order.asc("awardPrecedence"),
            Sort.Order.desc("decisionDate"),
            Sort.Order.desc("decisionId"), Sort.Order.asc("kind"), Sort.Order.asc("registerNo"));
    private static final Map<String, String> SORTABLE = Map.of("recipient", "sortKey", "award", "awardPrecedence",
            "year", "awardYear", "decisionDate", "decisionDate", "docNumber", "docNumber");
    static final int MAX_EXPORT_ROWS = 1_000_000;

    private final AwardSearch search;
    private final AwardTypeService awardTypes;
    private final UnitService units;

    public RegisterService(AwardSearch search, AwardTypeService awardTypes,
            UnitService units) {
        this.search = search;
        this.awardTypes = awardTypes;
        this.units = units;
    }

    public enum Revoked {
        EXCLUDED,
        ONLY,
        INCLUDED
    }

    /** A register search as the user states it; null/empty parts are "any". */
    public record RegisterQuery(String text, Set<Long> awardTypeIds, AwardLevel level, RecipientKind kind,
            Long unitId, Integer yearFrom, Integer yearTo, Long issuerUnitId, Long movementId, Revoked revoked) {

        public static RegisterQuery all() {
            return new RegisterQuery("", Set.of(), null, null, null, null, null, null, null, Revoked.EXCLUDED);
        }

        public RegisterQuery withYears(Integer from, Integer to) {
            return new RegisterQuery(text, awardTypeIds, level, kind, unitId, from, to, issuerUnitId, movementId,
                    revoked);
        }

        public RegisterQuery withText(String value) {
            return new RegisterQuery(value, awardTypeIds, level, kind, unitId, yearFrom, yearTo, issuerUnitId,
                    movementId, revoked);
        }

        public RegisterQuery withUnit(Long value, RecipientKind recipients) {
            return new RegisterQuery(text, awardTypeIds, level, recipients, value, yearFrom, yearTo, issuerUnitId,
                    movementId, revoked);
        }
    }

    public record RegisterRow(Long id, Long decisionId, Integer registerNo, RecipientKind kind, Long personId,
            Long unitId, String recipientName, String positionName, String unitName, Gender gender,
            Long awardTypeId, String awardName, int yearFrom, int awardYear, String docNumber,
            LocalDate decisionDate, String issuer, BigDecimal amount, AwardState state, String revokeReason) {

        public String years() {
            return yearFrom == awardYear ? String.valueOf(awardYear) : yearFrom + "–" + awardYear;
        }
    }

    /** One sort key of the grid: {@code property} is one of recipient, award, year, decisionDate, docNumber. */
    public record SortKey(String property, boolean ascending) {
    }

    @PreAuthorize("isAuthenticated()")
    public List<RegisterRow> page(RegisterQuery query, List<SortKey> sort, int offset, int limit) {
        return rows(search.page(filter(query), sort(sort), offset, Math.max(limit, 1)));
    }

    @PreAuthorize("isAuthenticated()")
    public long count(RegisterQuery query) {
        return search.count(filter(query));
    }

    /** The honour board of a year: flags and Bằng khen first (by precedence), collectives before people. */
    @PreAuthorize("isAuthenticated()")
    public List<RegisterRow> honourBoard(int year, Long unitId, int max) {
        RegisterQuery query = RegisterQuery.all().withYears(year, year).withUnit(unitId, null);
        Map<Long, Integer> precedence = awardTypes.search("", null).stream()
                .collect(Collectors.toMap(AwardTypeRecord::id, AwardTypeRecord::precedence));
        return page(query, List.of(new SortKey("award", true)), 0, max).stream()
                .sorted(Comparator.comparing((RegisterRow r) -> precedence.get(r.awardTypeId()))
                        .thenComparing(r -> r.kind() == RecipientKind.COLLECTIVE ? 0 : 1)
                        .thenComparing(r -> r.registerNo() == null ? Integer.MAX_VALUE : r.registerNo()))
                .toList();
    }

    private RegisterFilter filter(RegisterQuery q) {
        if (q.yearFrom() != null && q.yearTo() != null && q.yearFrom() > q.yearTo()) {
            throw BusinessException.onField("yearFrom", "error.register.yearsReversed", q.yearFrom(), q.yearTo());
        }
        Collection<Long> unitIds = q.unitId() == null ? null
                : units.subtree(List.of(q.unitId())).stream().map(UnitOption::id).toList();
        Set<AwardState> states = switch (q.revoked() == null ? Revoked.EXCLUDED : q.revoked()) {
            case EXCLUDED -> EnumSet.of(AwardState.ACTIVE);
            case ONLY -> EnumSet.of(AwardState.REVOKED);
            case INCLUDED -> EnumSet.of(AwardState.ACTIVE, AwardState.REVOKED);
        };
        return new RegisterFilter(VietnameseText.fold(q.text()), q.awardTypeIds(), q.level(), q.kind(), unitIds,
                q.yearFrom(), q.yearTo(), q.issuerUnitId(), q.movementId(), null, states);
    }

    static Sort sort(List<SortKey> keys) {
        if (keys == null || keys.isEmpty()) {
            return NEWEST;
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (SortKey k : keys) {
            String property = SORTABLE.get(k.property());
            if (property != null) {
                orders.add(k.ascending() ? Sort.Order.asc(property) : Sort.Order.desc(property));
            }
        }
        return orders.isEmpty() ? NEWEST : Sort.by(orders);
    }

    /** Maps lines to rows, resolving award and issuer names once per page. */
    private List<RegisterRow> rows(List<AwardLine> page) {
        Map<Long, String> typeNames = awardTypes.search("", null).stream()
                .collect(Collectors.toMap(AwardTypeRecord::id, AwardTypeRecord::name));
        Set<Long> issuerIds = new HashSet<>();
        page.forEach(a -> issuerIds.add(a.issuerUnitId()));
        Map<Long, String> issuers = units.fullNames(issuerIds);
        return page.stream().map(a -> new RegisterRow(a.id(), a.decisionId(), a.registerNo(), a.kind(),
                a.personId(), a.unitId(), a.recipientName(), a.positionName(), a.unitName(), a.gender(),
                a.awardTypeId(), typeNames.get(a.awardTypeId()), a.yearFrom(), a.awardYear(), a.docNumber(),
                a.decisionDate(), issuers.get(a.issuerUnitId()), a.amount(), a.state(), a.revokeReason())).toList();
    }

    /** Ids of everything the query matches, in grid order, for exports that stream in chunks. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> ids(RegisterQuery query, List<SortKey> sort) {
        return search.ids(filter(query), sort(sort), MAX_EXPORT_ROWS + 1);
    }

    /** Loads one chunk of rows by id, keeping the order of {@code ids}. */
    @PreAuthorize("isAuthenticated()")
    public List<RegisterRow> rowsById(List<Long> ids) {
        return rows(search.lines(ids));
    }

    // ---- statistics -------------------------------------------------------------------------

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

    /** Counts per year × award type, per unit (at the time), individuals vs collectives, men vs women. */
    @PreAuthorize("isAuthenticated()")
    public Statistics statistics(RegisterQuery query, int topUnits) {
        RegisterFilter f = filter(query);
        Map<Long, AwardTypeRecord> types = awardTypes.search("", null).stream()
                .collect(Collectors.toMap(AwardTypeRecord::id, t -> t));
        List<YearTypeCount> yearType = new ArrayList<>();
        long individuals = 0;
        long collectives = 0;
        long men = 0;
        long women = 0;
        long unknown = 0;
        Map<String, Long> byYearType = new LinkedHashMap<>();
        Map<Integer, long[]> perYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (Object[] row : search.countBy(f, "awardYear", "awardTypeId", "kind", "gender")) {
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
        List<Object[]> unitCounts = new ArrayList<>(search.countBy(f, "unitId"));
        unitCounts.removeIf(r -> r[0] == null);
        unitCounts.sort(Comparator.comparingLong((Object[] r) -> (Long) r[1]).reversed());
        List<Object[]> top = unitCounts.subList(0, Math.min(topUnits, unitCounts.size()));
        Map<Long, String> names = units.fullNames(top.stream().map(r -> (Long) r[0]).toList());
        List<NamedCount> byUnit = top.stream().map(r -> new NamedCount((Long) r[0], names.get((Long) r[0]),
                (Long) r[1])).toList();
        List<YearCount> years2 = perYear.entrySet().stream()
                .map(e -> new YearCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Statistics(List.copyOf(years).reversed(), yearType, years2, byUnit, individuals, collectives, men, women,
                unknown, individuals + collectives);
    }
}
