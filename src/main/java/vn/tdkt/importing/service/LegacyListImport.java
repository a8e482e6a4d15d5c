package vn.tdkt.importing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.decision.service.LegacyDecisionWriter.DecisionKey;
import vn.tdkt.decision.service.LegacyDecisionWriter.ExistingDecision;
import vn.tdkt.decision.service.LegacyDecisionWriter.ImportOutcome;
import vn.tdkt.decision.service.LegacyDecisionWriter.LegacyAward;
import vn.tdkt.decision.service.LegacyDecisionWriter;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.ImportRecords.Issue;
import vn.tdkt.importing.service.ImportRecords.PreviewRow;
import vn.tdkt.importing.service.ImportRecords.RowStatus;
import vn.tdkt.importing.service.XlsxReader.RawCell;
import vn.tdkt.importing.service.XlsxReader.RawRow;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService.NameMatch;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/**
 * Import of legacy award lists (xlsx): read and check every row, match people, units and
 * award types to the registries (accent-insensitive), show a preview, then write every
 * valid row in one transaction.
 */
@Service
public class LegacyListImport {

    private static final Pattern YEARS = Pattern.compile("^(\\d{4})\\s*(?:[-–—/]|den)\\s*(\\d{4})$");
    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ofPattern("d/M/uuuu"),
        DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
        DateTimeFormatter.ISO_LOCAL_DATE};
    private static final int HEADER_SEARCH_ROWS = 10;

    private final LegacyDecisionWriter writer;
    private final UnitService units;
    private final PersonService people;
    private final AwardTypeService awardTypes;
    private final Clock clock;
    private final long maxBytes;
    private final int maxRows;

    public LegacyListImport(LegacyDecisionWriter writer, UnitService units, PersonService people,
            AwardTypeService awardTypes, Clock clock, @Value("${tdkt.import.max-bytes:20971520}") long maxBytes,
            @Value("${tdkt.import.max-rows:100000}") int maxRows) {
        this.writer = writer;
        this.units = units;
        this.people = people;
        this.awardTypes = awardTypes;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** Reads and checks a file; nothing is written. {@code progress} receives 0..1. */
    @Access.Secretary
    public ImportPreview preview(String fileName, byte[] bytes, DoubleConsumer progress) {
        List<RawRow> raw = XlsxReader.read(bytes, maxBytes, maxRows);
        progress.accept(0.3);
        int headerIndex = headerRow(raw);
        Map<Column, Integer> columns = columns(raw.get(headerIndex));
        List<String[]> values = new ArrayList<>();
        List<RawRow> data = raw.subList(headerIndex + 1, raw.size());
        if (data.isEmpty()) {
            throw new BusinessException("error.import.noRows");
        }
        NameLookup matcher = new NameLookup(units.options("", 0, Integer.MAX_VALUE), units.paths(),
                awardTypes.search("", null));
        Set<String> names = new HashSet<>();
        for (RawRow row : data) {
            values.add(texts(row, columns));
            String name = values.getLast()[Column.NAME.ordinal()];
            if (!name.isBlank()) {
                names.add(VietnameseText.fold(name));
            }
        }
        Map<String, List<NameMatch>> byName = people.byFoldedNames(names);
        progress.accept(0.5);
        List<Parsed> parsed = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            parsed.add(parse(data.get(i), values.get(i), columns, matcher, byName));
            if (i % 2000 == 0) {
                progress.accept(0.5 + 0.4 * i / data.size());
            }
        }
        Set<DecisionKey> keys = new HashSet<>();
        parsed.stream().filter(p -> p.award != null).forEach(p -> keys.add(p.award.decisionKey()));
        Map<DecisionKey, ExistingDecision> existing = writer.existing(keys);
        List<PreviewRow> rows = new ArrayList<>(parsed.size());
        Map<String, Integer> seen = new HashMap<>();
        Map<DecisionKey, int[]> yearsInFile = new HashMap<>();
        int[] counts = new int[RowStatus.values().length];
        for (Parsed p : parsed) {
            RowStatus status = p.status;
            if (p.award != null) {
                DecisionKey key = p.award.decisionKey();
                ExistingDecision known = existing.get(key);
                int[] years = yearsInFile.computeIfAbsent(key, k -> known != null
                        ? new int[] {known.yearFrom(), known.yearTo()}
                        : new int[] {p.award.yearFrom(), p.award.yearTo()});
                Integer earlier = seen.putIfAbsent(key + "|" + p.award.recipientKey(), p.rowNumber);
                if (known != null && (known.source() != DecisionSource.IMPORT
                        || known.status() != DecisionStatus.RECORDED)
                        && !known.recipientKeys().contains(p.award.recipientKey())) {
                    status = error(p, "import.issue.decisionLocked");
                } else if (known != null && known.recipientKeys().contains(p.award.recipientKey())) {
                    status = RowStatus.DUPLICATE;
                    p.issues.add(new Issue("import.issue.alreadyInRegister"));
                } else if (earlier != null) {
                    status = error(p, "import.issue.duplicateInFile", earlier);
                } else if (years[0] != p.award.yearFrom() || years[1] != p.award.yearTo()) {
                    status = error(p, "import.issue.yearsDiffer", years[0] == years[1] ? String.valueOf(years[1])
                            : years[0] + "–" + years[1]);
                }
            }
            counts[status.ordinal()]++;
            rows.add(new PreviewRow(p.rowNumber, p.values, status, List.copyOf(p.issues), p.match,
                    status == RowStatus.ERROR ? null : p.award));
        }
        progress.accept(1);
        return new ImportPreview(fileName, rows, counts[RowStatus.READY.ordinal()],
                counts[RowStatus.NEW_PERSON.ordinal()], counts[RowStatus.DUPLICATE.ordinal()],
                counts[RowStatus.ERROR.ordinal()]);
    }

    /** Writes every READY and NEW_PERSON row of a preview, all or none. */
    @Access.Secretary
    public ImportOutcome commit(ImportPreview preview) {
        List<LegacyAward> rows = preview.rows().stream()
                .filter(r -> r.status() == RowStatus.READY || r.status() == RowStatus.NEW_PERSON)
                .map(PreviewRow::award).toList();
        if (rows.isEmpty()) {
            throw new BusinessException("error.import.nothingToImport");
        }
        return writer.write(rows, preview.fileName());
    }

    private static RowStatus error(Parsed p, String key, Object... args) {
        p.issues.add(new Issue(key, args));
        return RowStatus.ERROR;
    }

    private static int headerRow(List<RawRow> rows) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            Map<Column, Integer> found = headers(rows.get(i));
            if (found.containsKey(Column.DOC_NUMBER) && found.containsKey(Column.AWARD)) {
                return i;
            }
        }
        throw new BusinessException("error.import.noHeader", Column.DOC_NUMBER.header(), Column.AWARD.header());
    }

    private static Map<Column, Integer> columns(RawRow header) {
        Map<Column, Integer> found = headers(header);
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required() && !found.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("error.import.missingColumns", String.join(", ", missing));
        }
        return found;
    }

    private static Map<Column, Integer> headers(RawRow row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String text = VietnameseText.fold(row.cell(i).text()).replace(",", "");
            for (Column c : Column.values()) {
                String expected = VietnameseText.fold(c.header()).replace(",", "");
                if (!text.isEmpty() && (text.equals(expected) || text.startsWith(expected + " ")
                        || (c == Column.AWARD && (text.equals("hinh thuc khen thuong") || text.equals("danh hieu"))))) {
                    found.putIfAbsent(c, i);
                }
            }
        }
        return found;
    }

    private static String[] texts(RawRow row, Map<Column, Integer> columns) {
        String[] values = new String[Column.values().length];
        for (Column c : Column.values()) {
            Integer index = columns.get(c);
            RawCell cell = index == null ? RawCell.EMPTY : row.cell(index);
            values[c.ordinal()] = cell.text() == null ? "" : VietnameseText.clean(cell.text());
            if (cell.number() != null && c == Column.DECISION_DATE) {
                values[c.ordinal()] = vn.tdkt.base.service.Formats.date(excelDate(cell.number()));
            } else if (cell.number() != null && cell.number() == Math.rint(cell.number())) {
                values[c.ordinal()] = String.valueOf(cell.number().longValue());
            }
        }
        return values;
    }

    private static LocalDate excelDate(double serial) {
        return DateUtil.getLocalDateTime(serial).toLocalDate();
    }

    /** One row being checked. */
    private static final class Parsed {
        final int rowNumber;
        final String[] values;
        final List<Issue> issues = new ArrayList<>();
        RowStatus status = RowStatus.READY;
        String match;
        LegacyAward award;

        Parsed(int rowNumber, String[] values) {
            this.rowNumber = rowNumber;
            this.values = values;
        }

        String get(Column c) {
            return values[c.ordinal()];
        }
    }

    private Parsed parse(RawRow row, String[] values, Map<Column, Integer> columns, NameLookup matcher,
            Map<String, List<NameMatch>> byName) {
        Parsed p = new Parsed(row.number(), values);
        for (Map.Entry<Column, Integer> c : columns.entrySet()) {
            if (row.cell(c.getValue()).formula()) {
                p.issues.add(new Issue("import.issue.formula", c.getKey().header()));
            }
        }
        for (Column c : Column.values()) {
            if (c.required() && p.get(c).isBlank()) {
                p.issues.add(new Issue("import.issue.required", c.header()));
            }
        }
        if (!p.issues.isEmpty()) {
            p.status = RowStatus.ERROR;
            return p;
        }
        DocumentNumber number = DocumentNumber.parse(p.get(Column.DOC_NUMBER));
        if (number.printed().length() > 60) {
            p.issues.add(new Issue("import.issue.tooLong", Column.DOC_NUMBER.header(), 60));
        } else if (!number.wellFormed()) {
            p.issues.add(new Issue("import.issue.malformedNumber", number.printed()));
        }
        LocalDate date = date(p.get(Column.DECISION_DATE));
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            p.issues.add(new Issue("import.issue.date", p.get(Column.DECISION_DATE)));
        } else if (date.isAfter(today)) {
            p.issues.add(new Issue("import.issue.futureDate", vn.tdkt.base.service.Formats.date(date)));
        }
        int[] years = years(p.get(Column.YEAR));
        if (years == null) {
            p.issues.add(new Issue("import.issue.year", p.get(Column.YEAR)));
        } else if (years[0] > years[1]) {
            p.issues.add(new Issue("import.issue.yearsReversed", years[0], years[1]));
        } else if (date != null && years[1] > date.getYear()) {
            p.issues.add(new Issue("import.issue.yearAfterDecision", years[1], date.getYear()));
        }
        UnitOption issuer = matcher.unit(p.get(Column.ISSUER), Column.ISSUER, p.issues);
        UnitOption unit = matcher.unit(p.get(Column.UNIT), Column.UNIT, p.issues);
        AwardTypeRecord type = matcher.award(p.get(Column.AWARD), p.issues);
        String name = p.get(Column.NAME);
        RecipientKind kind = name.isBlank() ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
        if (type != null && !type.recipientKind().allows(kind)) {
            p.issues.add(new Issue(kind == RecipientKind.COLLECTIVE ? "import.issue.individualOnly"
                    : "import.issue.collectiveOnly", type.name()));
        }
        Gender gender = gender(p.get(Column.GENDER), p.issues);
        Integer birthYear = optionalInt(p.get(Column.BIRTH_YEAR), Column.BIRTH_YEAR, 1900, today.getYear(), p.issues);
        Integer registerNo = optionalInt(p.get(Column.REGISTER_NO), Column.REGISTER_NO, 1, 10_000_000, p.issues);
        for (Column c : List.of(Column.NAME, Column.POSITION, Column.NOTE)) {
            int max = c == Column.NAME ? 150 : c == Column.POSITION ? 255 : 500;
            if (p.get(c).length() > max) {
                p.issues.add(new Issue("import.issue.tooLong", c.header(), max));
            }
        }
        if (!p.issues.stream().allMatch(i -> i.key().equals("import.issue.malformedNumber"))) {
            p.status = RowStatus.ERROR;
            return p;
        }
        Long personId = null;
        String recipientName = kind == RecipientKind.COLLECTIVE ? unit.fullName() : name;
        if (kind == RecipientKind.INDIVIDUAL) {
            List<NameMatch> candidates = byName.getOrDefault(VietnameseText.fold(name), List.of()).stream()
                    .filter(c -> birthYear == null || c.birthYear() == null || birthYear.equals(c.birthYear()))
                    .filter(c -> matcher.within(c.unitId(), unit.id()))
                    .toList();
            if (candidates.size() > 1) {
                p.issues.add(new Issue("import.issue.ambiguousPerson", name, candidates.size()));
                p.status = RowStatus.ERROR;
                return p;
            }
            if (candidates.size() == 1) {
                NameMatch person = candidates.getFirst();
                personId = person.id();
                recipientName = person.fullName();
                p.match = person.fullName() + (person.birthYear() == null ? "" : " (" + person.birthYear() + ")")
                        + " — " + matcher.unitName(person.unitId());
                gender = gender == null ? person.gender() : gender;
            } else {
                p.status = RowStatus.NEW_PERSON;
                p.issues.add(new Issue("import.issue.newPerson", name));
            }
        } else {
            p.match = unit.fullName();
        }
        p.award = new LegacyAward(number.printed(), date, issuer.id(), years[0], years[1], type.id(), kind, personId,
                unit.id(), recipientName, gender, birthYear, kind == RecipientKind.INDIVIDUAL
                        ? blankToNull(p.get(Column.POSITION)) : null,
                unit.fullName(), registerNo, blankToNull(p.get(Column.NOTE)));
        return p;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    static int[] years(String text) {
        String t = VietnameseText.fold(text).replace(" ", "");
        if (t.matches("\\d{4}")) {
            int y = Integer.parseInt(t);
            return y < 1945 ? null : new int[] {y, y};
        }
        Matcher m = YEARS.matcher(VietnameseText.fold(text));
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            return from < 1945 ? null : new int[] {from, Integer.parseInt(m.group(2))};
        }
        return null;
    }

    private static Gender gender(String text, List<Issue> issues) {
        String t = VietnameseText.fold(text);
        return switch (t) {
            case "" -> null;
            case "nam", "m", "male" -> Gender.MALE;
            case "nu", "f", "female" -> Gender.FEMALE;
            default -> {
                issues.add(new Issue("import.issue.gender", text));
                yield null;
            }
        };
    }

    private static Integer optionalInt(String text, Column column, int min, int max, List<Issue> issues) {
        if (text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        issues.add(new Issue("import.issue.number", column.header(), text, min, max));
        return null;
    }
}
