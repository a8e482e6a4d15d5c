package vn.tdkt.history.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.history.domain.AwardEntrySearch;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.organization.service.PersonalData;
import vn.tdkt.organization.service.UnitService;

/**
 * The awards register: everyone logged in searches it (it is public within the office); nothing
 * here writes. A recipient's gender is personal and comes back null outside the caller's
 * {@link PersonalData} scope.
 */
@Service
@Transactional(readOnly = true)
public class AwardSearchService {

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

    private final AwardEntrySearch search;
    private final AwardFilters filters;
    private final AwardTypeService awardTypes;
    private final UnitService units;
    private final PersonalData privacy;

    AwardSearchService(AwardEntrySearch search, AwardFilters filters, AwardTypeService awardTypes, UnitService units,
            PersonalData privacy) {
        this.privacy = privacy;
        this.search = search;
        this.filters = filters;
        this.awardTypes = awardTypes;
        this.units = units;
    }

    /** One sort key of the grid: {@code property} is one of recipient, award, year, decisionDate, docNumber. */
    public record SortKey(String property, boolean ascending) {
    }

    @Access.Authenticated
    public List<AwardRow> page(AwardQuery query, List<SortKey> sort, int offset, int limit) {
        return named(search.page(filters.of(query), sort(sort), offset, Math.max(limit, 1)));
    }

    @Access.Authenticated
    public long count(AwardQuery query) {
        return search.count(filters.of(query));
    }

    /** The honour board of a year: flags and Bằng khen first (by precedence), collectives before people. */
    @Access.Authenticated
    public List<AwardRow> honourBoard(int year, Long unitId, int max) {
        AwardQuery query = AwardQuery.all().withYears(year, year).withUnit(unitId, null);
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        return named(search.page(filters.byAwardYear(query), sort(List.of(new SortKey("award", true))), 0,
                Math.max(max, 1))).stream()
                .sorted(Comparator.comparing((AwardRow r) -> types.get(r.awardTypeId()).precedence())
                        .thenComparing(r -> r.kind() == RecipientKind.COLLECTIVE ? 0 : 1)
                        .thenComparing(r -> r.registerNo() == null ? Integer.MAX_VALUE : r.registerNo()))
                .toList();
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

    /** Names the rows: award and issuer names resolved once per page. */
    private List<AwardRow> named(List<AwardRow> page) {
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        Set<Long> issuerIds = new HashSet<>();
        page.forEach(a -> issuerIds.add(a.issuerUnitId()));
        Map<Long, String> issuers = units.fullNames(issuerIds);
        Set<Long> personal = privacy.visibleAmong(page.stream().map(AwardRow::personId).toList());
        return page.stream().map(a -> a.named(types.get(a.awardTypeId()).name(), issuers.get(a.issuerUnitId())))
                .map(a -> a.personId() == null || personal.contains(a.personId()) ? a : a.withoutGender())
                .toList();
    }

    /** Ids of everything the query matches, in grid order, for exports that stream in chunks. */
    @Access.Authenticated
    public List<Long> ids(AwardQuery query, List<SortKey> sort) {
        return search.ids(filters.of(query), sort(sort), MAX_EXPORT_ROWS + 1);
    }

    /** Loads one chunk of rows by id, keeping the order of {@code ids}. */
    @Access.Authenticated
    public List<AwardRow> rowsById(List<Long> ids) {
        return named(search.rows(ids));
    }
}
