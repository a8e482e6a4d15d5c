package vn.tdkt.importing.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.Field;
import vn.tdkt.importing.service.ImportRecords.ListValues;

/** The checks of a column mapping the user confirmed, before any row is read. */
final class ListMapping {

    /** Given once for the whole list when no column holds them. */
    private static final List<Field> LIST_WIDE = List.of(Field.DOC_NUMBER, Field.DECISION_DATE, Field.ISSUER,
            Field.YEAR);

    private ListMapping() {
    }

    static List<Field> padded(List<Field> fields, int width) {
        List<Field> result = new ArrayList<>(fields.subList(0, Math.min(fields.size(), width)));
        while (result.size() < width) {
            result.add(Field.IGNORE);
        }
        return result;
    }

    /** Fields chosen for more than one column, with those columns' letters. */
    static Map<Field, List<String>> duplicates(List<Field> mapping) {
        Map<Field, List<String>> byField = new EnumMap<>(Field.class);
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != Field.IGNORE) {
                byField.computeIfAbsent(mapping.get(i), f -> new ArrayList<>())
                        .add(CellReference.convertNumToColString(i));
            }
        }
        byField.values().removeIf(letters -> letters.size() < 2);
        return byField;
    }

    /** The template columns the mapping gives; refuses a mapping that is ambiguous or leaves the decision unknown. */
    static Map<Column, Integer> columns(List<Field> mapping, ListValues values) {
        Map<Field, List<String>> twice = duplicates(mapping);
        if (!twice.isEmpty()) {
            Map.Entry<Field, List<String>> first = twice.entrySet().iterator().next();
            throw new BusinessException("error.import.ambiguousMapping", label(first.getKey()),
                    String.join(", ", first.getValue()));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < mapping.size(); i++) {
            Column c = mapping.get(i).column();
            if (c != null) {
                columns.put(c, i);
            }
        }
        if (!columns.containsKey(Column.NAME) && !columns.containsKey(Column.UNIT)) {
            throw new BusinessException("error.import.noNameColumn", Column.NAME.header(), Column.UNIT.header());
        }
        List<String> missing = new ArrayList<>();
        for (Field f : LIST_WIDE) {
            boolean given = switch (f) {
                case DOC_NUMBER -> values.docNumber() != null && !values.docNumber().isBlank();
                case DECISION_DATE -> values.decisionDate() != null;
                case ISSUER -> values.issuerUnitId() != null;
                default -> values.years() != null && !values.years().isBlank();
            };
            if (!given && !columns.containsKey(f.column())) {
                missing.add(label(f));
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("error.import.missingListValues", String.join(", ", missing));
        }
        if (values.years() != null && !values.years().isBlank() && LegacyListImport.years(values.years()) == null) {
            throw new BusinessException("error.import.listYears", values.years());
        }
        return columns;
    }

    static String label(Field field) {
        return field.column() == null ? "STT" : field.column().header();
    }

    /** Two words or more, letters only: what a person's name looks like in a list. */
    static boolean looksLikeName(String text) {
        String t = VietnameseText.fold(text);
        return t.matches("[a-z]+(?: [a-z]+){1,7}");
    }

}
