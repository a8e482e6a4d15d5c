package vn.tdkt.importing.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Formats;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.Issue;
import vn.tdkt.importing.service.ImportRecords.ListValues;
import vn.tdkt.importing.service.XlsxReader.RawCell;
import vn.tdkt.importing.service.XlsxReader.RawRow;
import vn.tdkt.organization.service.UnitService.UnitOption;

/**
 * Turns the rows under the header of a list as offices keep it into rows in the template's
 * columns: section rows ("I. PHÒNG TỔNG HỢP", "A. TẬP THỂ", "B. CÁ NHÂN", an award) set the
 * unit, the kind or the award of the rows below them; "Ông"/"Bà" leave the name (and give
 * the gender); the list-wide values fill what no column gives; the column-numbering row,
 * the total row and everything after it (the signature block) are skipped.
 */
final class OfficeRows {

    /** A row to check: its cells in {@link Column} order, or a section row that could not be read ({@code issue}). */
    record ListRow(RawRow raw, String[] values, Issue issue) {
    }

    private static final Pattern SECTION = Pattern.compile("^([IVXLC]{1,6}|[A-ZĐ])\\s*[.):/-]\\s*(\\S.*)$");
    private static final Pattern SECTION_MARK = Pattern.compile("^([IVXLC]{1,6}|[A-ZĐ])\\s*[.):]?$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,6}\\s*[.)]?$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");
    private static final Pattern HONORIFIC =
            Pattern.compile("^(ông|bà|đồng chí|đ/c|ô\\.|b\\.)\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONEY = Pattern.compile("^\\d{1,3}(?:[.,\\s]\\d{3})+$|^\\d{1,15}$");
    private static final List<String> TOTALS = List.of("tong cong", "tong so", "cong", "tong", "cong tien",
            "tong tien", "tong cong tien");
    private static final List<String> FOOTERS = List.of("noi nhan", "nguoi lap", "ky ten", "(ky", "t/m", "k/t", "tm.",
            "kt.", "luu vt", "luu:", "danh sach nay co", "an dinh danh sach");

    private final Map<Column, Integer> columns;
    private final Integer ordinal;
    private final ListValues defaults;
    private final NameLookup lookup;
    private UnitOption unitSection;
    private RecipientKind kindSection;
    private AwardTypeRecord awardSection;
    /** After a total row only numbered rows are data (a sub-total); the rest is the signature block. */
    private boolean afterTotal;

    OfficeRows(Map<Column, Integer> columns, Integer ordinal, ListValues defaults, NameLookup lookup) {
        this.columns = columns;
        this.ordinal = ordinal;
        this.defaults = defaults;
        this.lookup = lookup;
    }

    List<ListRow> rows(List<RawRow> data) {
        List<ListRow> result = new ArrayList<>(data.size());
        for (RawRow row : data) {
            List<String> texts = nonBlank(row);
            String mark = ordinal == null ? "" : text(row.cell(ordinal));
            boolean numbered = NUMBERED.matcher(mark).matches();
            if (!numbered && total(texts)) {
                afterTotal = true;
                continue;
            }
            if (!numbered && footer(texts)) {
                break;
            }
            afterTotal &= !numbered;
            if (texts.size() >= 3 && texts.stream().allMatch(t -> COLUMN_NUMBER.matcher(t).matches())) {
                continue;
            }
            String section = numbered ? null : section(texts, mark);
            if (section != null) {
                Issue issue = applySection(section);
                if (issue != null && !afterTotal) {
                    String[] values = texts(row, Map.of());
                    values[Column.NAME.ordinal()] = section;
                    result.add(new ListRow(row, values, issue));
                }
                continue;
            }
            String[] values = texts(row, columns);
            if (!numbered && (afterTotal || values[Column.NAME.ordinal()].isBlank()
                    && values[Column.UNIT.ordinal()].isBlank() && (ordinal != null || texts.size() <= 1))) {
                continue;
            }
            fill(values);
            result.add(new ListRow(row, values, null));
        }
        return result;
    }

    /** The text of a section row, or null when the row is not one. */
    private String section(List<String> texts, String mark) {
        if (texts.isEmpty()) {
            return null;
        }
        Matcher joined = SECTION.matcher(String.join(" ", texts));
        if (joined.matches()) {
            return joined.group(2).strip();
        }
        if (ordinal != null && SECTION_MARK.matcher(mark).matches() && texts.size() > 1) {
            return String.join(" ", texts.subList(1, texts.size()));
        }
        if (ordinal != null && texts.size() == 1) {
            return texts.getFirst();
        }
        return null;
    }

    /** Sets the unit, kind or award of the rows below; an issue when the text is none of them. */
    private Issue applySection(String text) {
        String folded = ListShape.normalise(text);
        AwardTypeRecord award = lookup.awardOrNull(text);
        if (award != null) {
            awardSection = award;
            return null;
        }
        if (folded.equals("tap the") || folded.startsWith("tap the ") || folded.equals("ca nhan")
                || folded.startsWith("ca nhan ") || folded.startsWith("khen thuong tap the")
                || folded.startsWith("khen thuong ca nhan")) {
            kindSection = folded.contains("tap the") ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
            unitSection = null;
            awardSection = lookup.awardWithin(folded);
            return null;
        }
        UnitOption unit = lookup.unitOrNull(text, defaults.issuerUnitId());
        if (unit != null) {
            unitSection = unit;
            return null;
        }
        award = lookup.awardWithin(folded);
        if (award != null) {
            awardSection = award;
            return null;
        }
        unitSection = null;
        return new Issue("import.issue.unknownSection", text);
    }

    private void fill(String[] v) {
        AwardTypeRecord award = awardSection != null ? awardSection
                : defaults.awardTypeId() == null ? null : lookup.awardById(defaults.awardTypeId());
        if (v[Column.AWARD.ordinal()].isBlank() && award != null) {
            v[Column.AWARD.ordinal()] = award.name();
        }
        AwardTypeRecord rowAward = lookup.awardOrNull(v[Column.AWARD.ordinal()]);
        String name = v[Column.NAME.ordinal()];
        boolean collective = kindSection == RecipientKind.COLLECTIVE || (kindSection == null && rowAward != null
                && rowAward.recipientKind() == RecipientKind.COLLECTIVE && v[Column.UNIT.ordinal()].isBlank());
        if (collective && !name.isBlank()) {
            String unit = v[Column.UNIT.ordinal()];
            v[Column.UNIT.ordinal()] = unit.isBlank() ? name : name + ", " + unit;
            v[Column.NAME.ordinal()] = "";
        } else if (!name.isBlank()) {
            Matcher m = HONORIFIC.matcher(name);
            if (m.matches() && m.group(2).strip().contains(" ")) {
                v[Column.NAME.ordinal()] = m.group(2).strip();
                if (v[Column.GENDER.ordinal()].isBlank() && !m.group(1).toLowerCase().startsWith("đ")) {
                    v[Column.GENDER.ordinal()] = m.group(1).toLowerCase().startsWith("ô") ? "Nam" : "Nữ";
                }
            }
        }
        if (v[Column.UNIT.ordinal()].isBlank() && unitSection != null) {
            v[Column.UNIT.ordinal()] = unitSection.fullName();
        }
        fillBlank(v, Column.DOC_NUMBER, defaults.docNumber());
        fillBlank(v, Column.DECISION_DATE, defaults.decisionDate() == null ? null
                : Formats.date(defaults.decisionDate()));
        fillBlank(v, Column.ISSUER, defaults.issuerUnitId() == null ? null
                : lookup.unitName(defaults.issuerUnitId()));
        fillBlank(v, Column.YEAR, defaults.years());
        String birth = v[Column.BIRTH_YEAR.ordinal()];
        if (birth.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
            v[Column.BIRTH_YEAR.ordinal()] = birth.substring(birth.length() - 4);
        }
    }

    private static void fillBlank(String[] v, Column column, String value) {
        if (v[column.ordinal()].isBlank() && value != null) {
            v[column.ordinal()] = value;
        }
    }

    private static boolean total(List<String> texts) {
        if (texts.isEmpty()) {
            return false;
        }
        String first = VietnameseText.fold(texts.getFirst()).replaceAll("[.:]", " ").replaceAll("\\s+", " ").strip();
        return TOTALS.contains(first) || first.startsWith("tong cong ") || first.startsWith("tong so ");
    }

    private static boolean footer(List<String> texts) {
        return texts.stream().map(VietnameseText::fold).anyMatch(t -> FOOTERS.stream().anyMatch(t::startsWith));
    }

    /** Money as offices write it: 2.340.000, 2,340,000 or 2340000 (đồng); null when it is none of them. */
    static java.math.BigDecimal money(String text) {
        String t = VietnameseText.fold(text).replaceAll("(dong|d|vnd)$", "").strip();
        if (!MONEY.matcher(t).matches()) {
            return null;
        }
        return new java.math.BigDecimal(t.replaceAll("[.,\\s]", ""));
    }

    private static List<String> nonBlank(RawRow row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String t = text(row.cell(i));
            if (!t.isBlank()) {
                texts.add(t);
            }
        }
        return texts;
    }

    private static String text(RawCell cell) {
        if (cell.number() != null && cell.number() == Math.rint(cell.number())) {
            return String.valueOf(cell.number().longValue());
        }
        return cell.text() == null ? "" : VietnameseText.clean(cell.text());
    }

    /** The cells of a row in {@link Column} order; dates and whole numbers written as people read them. */
    static String[] texts(RawRow row, Map<Column, Integer> columns) {
        String[] values = new String[Column.values().length];
        for (Column c : Column.values()) {
            Integer index = columns.get(c);
            RawCell cell = index == null ? RawCell.EMPTY : row.cell(index);
            values[c.ordinal()] = cell.text() == null ? "" : VietnameseText.clean(cell.text());
            if (cell.number() != null && c == Column.DECISION_DATE) {
                values[c.ordinal()] = Formats.date(excelDate(cell.number()));
            } else if (cell.number() != null && cell.number() == Math.rint(cell.number())) {
                values[c.ordinal()] = String.valueOf(cell.number().longValue());
            }
        }
        return values;
    }

    private static LocalDate excelDate(double serial) {
        return DateUtil.getLocalDateTime(serial).toLocalDate();
    }
}
