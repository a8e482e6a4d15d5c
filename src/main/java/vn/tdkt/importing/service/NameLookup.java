package vn.tdkt.importing.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.Issue;
import vn.tdkt.organization.service.UnitService.UnitOption;

/**
 * Finds units and award types by what people write in lists (full name, short name, code,
 * a department's own name; award name or code), accent-insensitively, all in memory.
 */
final class NameLookup {

    private final Map<String, List<UnitOption>> unitsByName = new HashMap<>();
    private final Map<String, List<UnitOption>> unitsByOwnName = new HashMap<>();
    private final Map<String, AwardTypeRecord> awardsByName = new HashMap<>();
    private final Map<Long, String> paths;
    private final Map<Long, String> names = new HashMap<>();

    NameLookup(List<UnitOption> allUnits, Map<Long, String> paths, List<AwardTypeRecord> types) {
        this.paths = paths;
        for (UnitOption u : allUnits) {
            names.put(u.id(), u.fullName());
            String folded = VietnameseText.fold(u.fullName());
            for (String name : new java.util.LinkedHashSet<>(java.util.Arrays.asList(folded,
                    u.code().toLowerCase(Locale.ROOT), VietnameseText.fold(u.shortName())))) {
                if (!name.isBlank()) {
                    unitsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(u);
                }
            }
            int comma = folded.indexOf(',');
            if (comma > 0) {
                unitsByOwnName.computeIfAbsent(folded.substring(0, comma), k -> new ArrayList<>()).add(u);
            }
        }
        for (AwardTypeRecord t : types) {
            awardsByName.put(VietnameseText.fold(t.name()), t);
            awardsByName.put(t.code().toLowerCase(Locale.ROOT), t);
        }
    }

    UnitOption unit(String text, Column column, List<Issue> issues) {
        return unit(text, column, issues, null);
    }

    /** As {@link #unit(String, Column, List)}; a name several units share is taken inside {@code scopeId}. */
    UnitOption unit(String text, Column column, List<Issue> issues, Long scopeId) {
        List<UnitOption> found = units(text, scopeId);
        if (found.size() == 1) {
            return found.getFirst();
        }
        issues.add(new Issue(found.isEmpty() ? "import.issue.unknownUnit" : "import.issue.ambiguousUnit",
                column.header(), text, found.size()));
        return null;
    }

    /** The one unit so named (inside {@code scopeId} when the name is shared), or null. */
    UnitOption unitOrNull(String text, Long scopeId) {
        List<UnitOption> found = units(text, scopeId);
        return found.size() == 1 ? found.getFirst() : null;
    }

    private List<UnitOption> units(String text, Long scopeId) {
        String folded = VietnameseText.fold(text);
        List<UnitOption> found = unitsByName.getOrDefault(folded, unitsByOwnName.getOrDefault(folded, List.of()));
        if (found.size() > 1 && scopeId != null && paths.containsKey(scopeId)) {
            List<UnitOption> inside = found.stream().filter(u -> within(u.id(), scopeId)).toList();
            return inside.isEmpty() ? found : inside;
        }
        return found;
    }

    /** The award type whose full name is written exactly so (or its code), or null. */
    AwardTypeRecord awardOrNull(String text) {
        return awardsByName.get(VietnameseText.fold(text));
    }

    /** The award type with the longest name found inside a folded line of a title, or null. */
    AwardTypeRecord awardWithin(String foldedLine) {
        AwardTypeRecord best = null;
        for (Map.Entry<String, AwardTypeRecord> e : awardsByName.entrySet()) {
            String name = e.getKey();
            if (name.length() >= 8 && name.contains(" ") && (" " + foldedLine + " ").contains(" " + name + " ")
                    && (best == null || name.length() > VietnameseText.fold(best.name()).length())) {
                best = e.getValue();
            }
        }
        return best;
    }

    AwardTypeRecord awardById(Long id) {
        return awardsByName.values().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    AwardTypeRecord award(String text, List<Issue> issues) {
        AwardTypeRecord type = awardsByName.get(VietnameseText.fold(text));
        if (type == null) {
            issues.add(new Issue("import.issue.unknownAward", text));
        }
        return type;
    }

    boolean within(Long unitId, Long ancestorId) {
        String path = paths.get(unitId);
        return path != null && path.startsWith(paths.get(ancestorId));
    }

    String unitName(Long unitId) {
        return names.get(unitId);
    }
}
