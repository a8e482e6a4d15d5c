package vn.tdkt.importing.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.Field;
import vn.tdkt.importing.service.ImportRecords.ListValues;
import vn.tdkt.importing.service.XlsxReader.RawCell;
import vn.tdkt.importing.service.XlsxReader.RawRow;
import vn.tdkt.organization.service.UnitService.UnitOption;

/**
 * The shape of a list as offices keep it: where its header row is, what each column
 * probably holds (by the words offices use in headers), and what its title block says about
 * the decision — "Kèm theo Quyết định số 15-QĐ/VPTU, ngày 18/01/2019 của …", "Cá nhân đạt
 * danh hiệu Lao động tiên tiến năm 2018".
 */
final class ListShape {

    static final int HEADER_SEARCH_ROWS = 25;
    private static final Map<Field, List<String>> WORDS = new EnumMap<>(Field.class);

    static {
        WORDS.put(Field.ORDINAL, List.of("stt", "tt", "so tt", "so thu tu"));
        WORDS.put(Field.DOC_NUMBER, List.of("so quyet dinh", "so qd", "so hieu quyet dinh", "so van ban"));
        WORDS.put(Field.DECISION_DATE, List.of("ngay quyet dinh", "ngay qd", "ngay ky", "ngay ban hanh"));
        WORDS.put(Field.ISSUER, List.of("co quan ban hanh", "co quan quyet dinh", "cap quyet dinh"));
        WORDS.put(Field.YEAR, List.of("nam thanh tich", "nam", "nam dat"));
        WORDS.put(Field.AWARD, List.of("hinh thuc danh hieu", "hinh thuc khen thuong", "danh hieu", "danh hieu thi dua",
                "hinh thuc", "khen thuong"));
        WORDS.put(Field.NAME, List.of("ho va ten", "ho ten", "ten tap the", "ten ca nhan", "ten tap the ca nhan",
                "ten ca nhan tap the", "ten don vi ca nhan", "ten"));
        WORDS.put(Field.GENDER, List.of("gioi tinh", "nam nu", "gioi"));
        WORDS.put(Field.BIRTH_YEAR, List.of("nam sinh", "ngay sinh", "ngay thang nam sinh"));
        WORDS.put(Field.POSITION, List.of("chuc vu", "chuc danh", "chuc vu chuc danh"));
        WORDS.put(Field.UNIT, List.of("don vi", "don vi cong tac", "co quan don vi", "noi cong tac", "co quan",
                "ten don vi"));
        WORDS.put(Field.REGISTER_NO, List.of("so so vang", "so vao so", "so so"));
        WORDS.put(Field.NOTE, List.of("ghi chu"));
        WORDS.put(Field.AMOUNT, List.of("so tien", "tien thuong", "so tien thuong", "muc thuong", "muc tien thuong",
                "thanh tien"));
    }

    private static final Pattern NUMBER = Pattern.compile("(?iu)s[ốô]\\s*:?\\s*(\\d{1,6}\\s*[-/–][^\\s,;]+)");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("ngay\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern WORDED_DATE =
            Pattern.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:nam|giai doan)\\s+(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");
    private static final List<String> HEAD_TITLES = List.of("pho chanh ", "chanh ", "thu truong ", "chu tich ",
            "pho chu tich ", "giam doc ", "truong ", "bi thu ", "thuong truc ", "ban thuong vu ");

    private ListShape() {
    }

    /** A header cell as compared: folded, punctuation as spaces. */
    static String normalise(String header) {
        return VietnameseText.fold(header).replaceAll("[,;/()\\[\\]:.*\\-–]", " ").replaceAll("\\s+", " ").strip();
    }

    /** The field a header names, by the longest of the words offices use; IGNORE when none. */
    static Field field(String header) {
        String text = normalise(header);
        Field best = Field.IGNORE;
        int length = 0;
        if (text.isEmpty()) {
            return best;
        }
        for (Map.Entry<Field, List<String>> e : WORDS.entrySet()) {
            for (String word : e.getValue()) {
                if ((text.equals(word) || text.startsWith(word + " ")) && word.length() > length) {
                    best = e.getKey();
                    length = word.length();
                }
            }
        }
        for (Column c : Column.values()) {
            String template = normalise(c.header());
            if ((text.equals(template) || text.startsWith(template + " ")) && template.length() >= length) {
                best = Field.valueOf(c.name());
                length = template.length();
            }
        }
        return best;
    }

    /** The index of the header row: the first near the top that names at least two different fields. */
    static int headerRow(List<RawRow> rows) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            long named = guess(rows.get(i)).stream().filter(f -> f != Field.IGNORE && f != Field.ORDINAL).distinct()
                    .count();
            if (named >= 2) {
                return i;
            }
        }
        throw new BusinessException("error.import.noHeader", Column.NAME.header(), Column.UNIT.header());
    }

    static List<Field> guess(RawRow header) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            RawCell cell = header.cell(i);
            fields.add(cell.number() != null || cell.formula() ? Field.IGNORE : field(cell.text()));
        }
        return fields;
    }

    /** The header row compared as a shape: what makes two files "the same kind of list". */
    static String shape(RawRow header) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            parts.add(normalise(header.cell(i).text()));
        }
        while (!parts.isEmpty() && parts.getLast().isEmpty()) {
            parts.removeLast();
        }
        return String.join("|", parts);
    }

    /** The lines of the title block (the rows above the header), each row's cells joined. */
    static List<String> lines(List<RawRow> rows) {
        List<String> lines = new ArrayList<>();
        for (RawRow row : rows) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i).text();
                if (text != null && !text.isBlank()) {
                    texts.add(VietnameseText.clean(text));
                }
            }
            if (!texts.isEmpty()) {
                lines.add(String.join(" ", texts));
            }
        }
        return lines;
    }

    /** What the title block says about the decision; each part null when it does not say. */
    static ListValues read(List<RawRow> titleRows, NameLookup lookup) {
        List<String> lines = lines(titleRows);
        String number = null;
        LocalDate date = null;
        Long issuer = null;
        String numberLine = null;
        for (String line : lines) {
            Matcher m = NUMBER.matcher(line);
            if (number == null && m.find()) {
                number = DocumentNumber.parse(m.group(1).replaceAll("[.]$", "")).printed();
                numberLine = line;
            }
        }
        if (numberLine != null) {
            date = date(VietnameseText.fold(numberLine));
            issuer = issuerAfterOf(numberLine, lookup);
        }
        for (String line : lines) {
            if (date == null) {
                date = date(VietnameseText.fold(line));
            }
        }
        if (issuer == null) {
            issuer = issuerInHeading(titleRows, lookup);
        }
        AwardTypeRecord award = null;
        String years = null;
        for (String line : lines) {
            AwardTypeRecord found = lookup.awardWithin(VietnameseText.fold(line));
            if (found != null && award == null) {
                award = found;
                years = years(VietnameseText.fold(line));
            }
        }
        for (String line : lines) {
            if (years == null && !line.equals(numberLine)) {
                years = years(VietnameseText.fold(line));
            }
        }
        return new ListValues(number, date, issuer, award == null ? null : award.id(), years);
    }

    private static LocalDate date(String folded) {
        for (Pattern p : new Pattern[] {NUMERIC_DATE, WORDED_DATE}) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String years(String folded) {
        Matcher m = YEAR.matcher(NUMERIC_DATE.matcher(WORDED_DATE.matcher(folded).replaceAll(" ")).replaceAll(" "));
        if (m.find()) {
            return m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
        }
        return null;
    }

    /** "… của Chánh Văn phòng Tỉnh ủy Quảng Trị": the body after "của", without the head's title. */
    private static Long issuerAfterOf(String line, NameLookup lookup) {
        String folded = VietnameseText.fold(line);
        int at = folded.lastIndexOf(" cua ");
        if (at < 0) {
            return null;
        }
        String body = folded.substring(at + 5).replaceAll("[.;]+$", "").strip();
        for (String title : HEAD_TITLES) {
            if (body.startsWith(title)) {
                body = body.substring(title.length());
                break;
            }
        }
        UnitOption unit = lookup.unitOrNull(body, null);
        return unit == null ? null : unit.id();
    }

    /**
     * The issuing body in the heading at the top left, as party documents print it: "TỈNH ỦY
     * QUẢNG TRỊ" above "VĂN PHÒNG" is Văn phòng Tỉnh ủy Quảng Trị.
     */
    private static Long issuerInHeading(List<RawRow> titleRows, NameLookup lookup) {
        List<String> firsts = new ArrayList<>();
        for (RawRow row : titleRows) {
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i).text();
                if (text != null && !text.isBlank()) {
                    firsts.add(VietnameseText.fold(text).replaceAll("[*\\-–]", " ").replaceAll("\\s+", " ").strip());
                    break;
                }
            }
        }
        for (int i = 1; i < firsts.size(); i++) {
            UnitOption below = lookup.unitOrNull(firsts.get(i) + " " + firsts.get(i - 1), null);
            if (below != null) {
                return below.id();
            }
        }
        for (String first : firsts) {
            UnitOption alone = lookup.unitOrNull(first, null);
            if (alone != null) {
                return alone.id();
            }
        }
        return null;
    }
}
