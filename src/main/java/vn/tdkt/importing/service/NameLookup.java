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
        String folded = VietnameseText.fold(text);
        List<UnitOption> found = unitsByName.getOrDefault(folded, unitsByOwnName.getOrDefault(folded, List.of()));
        if (found.size() == 1) {
            return found.getFirst();
        }
        issues.add(new Issue(found.isEmpty() ? "import.issue.unknownUnit" : "import.issue.ambiguousUnit",
                column.header(), text, found.size()));
        return null;
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
