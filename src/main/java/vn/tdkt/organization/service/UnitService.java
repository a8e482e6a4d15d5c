package vn.tdkt.organization.service;

import vn.tdkt.base.service.AuditText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.ReferenceCheck;
import vn.tdkt.organization.domain.Unit;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.domain.UnitNameHistory;
import vn.tdkt.organization.domain.UnitNameHistoryRepository;
import vn.tdkt.organization.domain.UnitRepository;
import vn.tdkt.organization.domain.UnitStatus;

/** The unit tree: browse (everyone logged in), maintain (ADMIN). */
@Service
@Transactional(readOnly = true)
public class UnitService {

    static final String ENTITY = ReferenceCheck.UNIT;

    private final UnitRepository units;
    private final UnitNameHistoryRepository formerNames;
    private final List<ReferenceCheck> referenceChecks;
    private final AuditService audit;
    private final Clock clock;

    public UnitService(UnitRepository units, UnitNameHistoryRepository formerNames,
            List<ReferenceCheck> referenceChecks, AuditService audit, Clock clock) {
        this.units = units;
        this.formerNames = formerNames;
        this.referenceChecks = referenceChecks;
        this.audit = audit;
        this.clock = clock;
    }

    public record UnitNode(Long id, String code, String name, String shortName, String fullName, UnitKind kind,
            UnitStatus status, Long parentId, boolean hasChildren) {
    }

    public record UnitOption(Long id, String code, String fullName, String shortName, UnitStatus status) {
    }

    public record FormerName(String name, String shortName, LocalDate validUntil) {
    }

    public record UnitDetails(Long id, long version, String code, String name, String shortName, String fullName,
            UnitKind kind, Long parentId, String parentName, int sortOrder, String note, UnitStatus status,
            LocalDate statusDate, String mergedIntoName, List<FormerName> formerNames) {
    }

    /** Form data for create (id null) and edit; {@code version} is the one the form was opened at. */
    public record UnitForm(Long id, long version, String code, String name, String shortName, UnitKind kind,
            Long parentId, int sortOrder, String note) {
    }

    /**
     * Children of {@code parentId} (roots when null) for the tree grid. With a search text,
     * only matching units and their ancestors are shown, so that a match is seen in place.
     */
    @Access.Authenticated
    public List<UnitNode> children(Long parentId, String searchText) {
        List<Unit> children = parentId == null ? units.findRoots() : units.findChildren(parentId);
        Set<Long> visible = visibleFor(searchText);
        if (visible != null) {
            children = children.stream().filter(u -> visible.contains(u.getId())).toList();
        }
        Map<Long, Long> childCounts = countChildren(children.stream().map(Unit::getId).toList(), visible);
        return children.stream()
                .map(u -> toNode(u, childCounts.getOrDefault(u.getId(), 0L) > 0))
                .toList();
    }

    /** Ids of the units a search should show (matches and their ancestors); null = all. */
    @Access.Authenticated
    public Set<Long> visibleFor(String searchText) {
        if (VietnameseText.fold(searchText).isBlank()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        for (Unit match : search(searchText)) {
            Arrays.stream(match.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                    .forEach(ids::add);
        }
        return ids;
    }

    /** Units whose name, short name or code contain every word of the query. */
    private List<Unit> search(String searchText) {
        return units.searchFolded(VietnameseText.longestWord(searchText)).stream()
                .filter(u -> VietnameseText.matchesAllWords(u.getNameFolded(), searchText))
                .toList();
    }

    private Map<Long, Long> countChildren(Collection<Long> ids, Set<Long> visible) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (visible == null) {
            return units.countChildren(ids).stream()
                    .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        }
        Map<Long, Long> counts = new HashMap<>();
        units.findAllWithParent(visible).stream()
                .filter(u -> u.getParent() != null && ids.contains(u.getParent().getId()))
                .forEach(u -> counts.merge(u.getParent().getId(), 1L, Long::sum));
        return counts;
    }

    /** Units for pickers, matched accent-insensitively on name, short name or code. */
    @Access.Authenticated
    public List<UnitOption> options(String searchText, int offset, int limit) {
        // Units whose own name matches come before sub-units that match through their parent's name.
        java.util.Comparator<Unit> ownNameFirst = java.util.Comparator.comparing(
                u -> VietnameseText.matchesAllWords(VietnameseText.fold(u.getName() + " "
                        + (u.getShortName() == null ? "" : u.getShortName()) + " " + u.getCode()), searchText) ? 0 : 1);
        return search(searchText).stream()
                .sorted(ownNameFirst.thenComparing(u -> VietnameseText.textKey(u.getFullName())))
                .skip(offset)
                .limit(limit)
                .map(UnitService::toOption)
                .toList();
    }

    @Access.Authenticated
    public UnitOption option(Long id) {
        return toOption(load(id));
    }

    @Access.Authenticated
    public Map<Long, String> fullNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return units.findAllWithParent(ids).stream().collect(Collectors.toMap(Unit::getId, Unit::getFullName));
    }

    /**
     * The given units and everything below them, in organisation order (parents before
     * children, siblings by their order): the order of official lists.
     */
    @Access.Authenticated
    public List<UnitOption> subtree(Collection<Long> rootIds) {
        List<Unit> roots = units.findAllWithParent(rootIds);
        List<Unit> all = new java.util.ArrayList<>();
        for (Unit root : roots) {
            all.addAll(units.findByPathStartingWith(root.getPath()));
        }
        // Each unit's key walks its ancestors once, not on every comparison of the sort.
        Map<Long, Unit> byId = new java.util.LinkedHashMap<>();
        all.forEach(u -> byId.putIfAbsent(u.getId(), u));
        Map<Long, String> keys = new HashMap<>();
        byId.values().forEach(u -> keys.put(u.getId(), orderKey(u)));
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(u -> keys.get(u.getId())))
                .map(UnitService::toOption)
                .toList();
    }

    /** Every unit's path ("/1/5/"): a unit lies below another when its path starts with the other's. */
    @Access.Authenticated
    public Map<Long, String> paths() {
        Map<Long, String> paths = new HashMap<>();
        units.findAllPaths().forEach(row -> paths.put((Long) row[0], (String) row[1]));
        return paths;
    }

    /** True when {@code unitId} is {@code ancestorId} or lies below it. */
    @Access.Authenticated
    public boolean isWithin(Long unitId, Long ancestorId) {
        return load(unitId).getPath().startsWith(load(ancestorId).getPath());
    }

    /** Sort key from the root down: each level's order then name, so a subtree lists like the chart. */
    private String orderKey(Unit unit) {
        StringBuilder key = new StringBuilder();
        for (String id : unit.getPath().split("/")) {
            if (!id.isEmpty()) {
                Unit level = units.getReferenceById(Long.valueOf(id));
                key.append("%06d".formatted(level.getSortOrder())).append(VietnameseText.textKey(level.getName()))
                        .append('/');
            }
        }
        return key.toString();
    }

    /** The path prefix of a unit ("/1/5/"), used to filter by a unit and all its sub-units. */
    @Access.Authenticated
    public String pathOf(Long id) {
        return load(id).getPath();
    }

    @Access.Authenticated
    public UnitDetails get(Long id) {
        Unit u = load(id);
        List<FormerName> former = formerNames.findByUnitIdOrderByValidUntilDesc(id).stream()
                .map(h -> new FormerName(h.getName(), h.getShortName(), h.getValidUntil()))
                .toList();
        return new UnitDetails(u.getId(), u.getVersion(), u.getCode(), u.getName(), u.getShortName(),
                u.getFullName(), u.getKind(), u.getParent() == null ? null : u.getParent().getId(),
                u.getParent() == null ? null : u.getParent().getName(), u.getSortOrder(), u.getNote(),
                u.getStatus(), u.getStatusDate(), u.getMergedInto() == null ? null : u.getMergedInto().getName(),
                former);
    }

    @Access.Admin
    @Transactional
    public UnitDetails create(UnitForm form) {
        String code = validCode(form.code());
        if (units.existsByCode(code)) {
            throw BusinessException.onField("code", "error.unit.duplicateCode", code);
        }
        Unit unit = new Unit(code, validName(form.name()), Checks.required(form.kind(), "kind"));
        apply(unit, form);
        units.saveAndFlush(unit);
        unit.updatePath();
        audit.record(ENTITY, unit.getId(), "CREATE", unit.getCode() + " — " + unit.getFullName());
        // The path needs the new id, a second write: flush it so the version returned is the one
        // committed. (Without, it only came out right when the clock moved between the two writes.)
        units.flush();
        return get(unit.getId());
    }

    @Access.Admin
    @Transactional
    public UnitDetails update(UnitForm form) {
        Unit unit = Entities.forChange(load(form.id()), form.version());
        String code = validCode(form.code());
        if (units.existsByCodeAndIdNot(code, unit.getId())) {
            throw BusinessException.onField("code", "error.unit.duplicateCode", code);
        }
        String name = validName(form.name());
        ChangeSet changes = new ChangeSet()
                .field("code", unit.getCode(), code)
                .field("name", unit.getName(), name)
                .field("shortName", unit.getShortName(), VietnameseText.clean(form.shortName()))
                .field("kind", unit.getKind(), form.kind())
                .field("parent", unit.getParent() == null ? null : unit.getParent().getCode(),
                        form.parentId() == null ? null : load(form.parentId()).getCode())
                .field("sortOrder", unit.getSortOrder(), form.sortOrder());
        boolean renamed = !name.equals(unit.getName());
        if (renamed) {
            formerNames.save(new UnitNameHistory(unit.getId(), unit.getName(), unit.getShortName(),
                    LocalDate.now(clock).minusDays(1)));
        }
        String oldPath = unit.getPath();
        unit.setCode(code);
        unit.setName(name);
        unit.setKind(Checks.required(form.kind(), "kind"));
        apply(unit, form);
        unit.updatePath();
        if (renamed) {
            // Sub-units named with their parent carry its name in their search column.
            units.findChildren(unit.getId()).forEach(Unit::reindex);
        }
        if (!oldPath.equals(unit.getPath())) {
            for (Unit descendant : units.findByPathStartingWith(oldPath)) {
                if (!descendant.equals(unit)) {
                    descendant.replacePathPrefix(oldPath, unit.getPath());
                }
            }
        }
        if (!changes.isEmpty()) {
            audit.record(ENTITY, unit.getId(), "UPDATE", changes.toString());
        }
        units.flush();
        return get(unit.getId());
    }

    /** Marks a unit dissolved or merged (it stays, with its history), or active again. */
    @Access.Admin
    @Transactional
    public UnitDetails changeStatus(Long id, long version, UnitStatus status, LocalDate date, Long mergedIntoId) {
        Unit unit = Entities.forChange(load(id), version);
        Unit into = null;
        if (status == UnitStatus.MERGED) {
            into = load(Checks.required(mergedIntoId, "mergedInto"));
            if (into.equals(unit) || unit.isAncestorOf(into)) {
                throw BusinessException.onField("mergedInto", "error.unit.mergeIntoSelf");
            }
        }
        if (status != UnitStatus.ACTIVE) {
            Checks.required(date, "statusDate");
            if (date.isAfter(LocalDate.now(clock))) {
                throw BusinessException.onField("statusDate", "error.dateInFuture");
            }
        }
        UnitStatus before = unit.getStatus();
        unit.changeStatus(status, date, into);
        audit.record(ENTITY, unit.getId(), "STATUS",
                AuditText.of(before) + " → " + AuditText.of(status) + (into == null ? "" : " (" + into.getFullName()
                        + ")") + (date == null ? "" : ", ngày " + AuditText.of(date)));
        units.flush();
        return get(id);
    }

    /** Deletes a unit entered by mistake; refused while anything refers to it. */
    @Access.Admin
    @Transactional
    public void delete(Long id, long version) {
        Unit unit = Entities.forChange(load(id), version);
        if (units.countByParentId(id) > 0) {
            throw new BusinessException("error.unit.hasChildren", unit.getName());
        }
        referenceChecks.forEach(check -> check.assertUnreferenced(ENTITY, id));
        audit.record(ENTITY, id, "DELETE", unit.getCode() + " — " + unit.getFullName());
        units.delete(unit);
    }

    private void apply(Unit unit, UnitForm form) {
        unit.setShortName(Checks.maxLength(VietnameseText.clean(form.shortName()), 100, "shortName"));
        unit.setSortOrder(form.sortOrder());
        unit.setNote(Checks.maxLength(VietnameseText.clean(form.note()), 1000, "note"));
        Unit parent = form.parentId() == null ? null : load(form.parentId());
        if (parent != null && (parent.equals(unit) || unit.isAncestorOf(parent))) {
            throw BusinessException.onField("parent", "error.unit.cycle", parent.getName());
        }
        unit.setParent(parent);
    }

    private static String validCode(String code) {
        String clean = Checks.required(VietnameseText.clean(code), "code");
        if (!clean.matches("[A-Za-z0-9._-]{1,30}")) {
            throw BusinessException.onField("code", "error.unit.codeFormat");
        }
        return clean.toUpperCase(java.util.Locale.ROOT);
    }

    private static String validName(String name) {
        return Checks.maxLength(Checks.required(VietnameseText.clean(name), "name"), 255, "name");
    }

    Unit load(Long id) {
        return Entities.found(units, id);
    }

    private static UnitNode toNode(Unit u, boolean hasChildren) {
        return new UnitNode(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getFullName(), u.getKind(),
                u.getStatus(), u.getParent() == null ? null : u.getParent().getId(), hasChildren);
    }

    private static UnitOption toOption(Unit u) {
        return new UnitOption(u.getId(), u.getCode(), u.getFullName(), u.getShortName(), u.getStatus());
    }
}
