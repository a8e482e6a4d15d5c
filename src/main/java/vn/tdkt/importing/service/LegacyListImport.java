package vn.tdkt.importing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import vn.tdkt.importing.service.ImportRecords.Field;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.ImportRecords.Issue;
import vn.tdkt.importing.service.ImportRecords.ListLayout;
import vn.tdkt.importing.service.ImportRecords.ListSettings;
import vn.tdkt.importing.service.ImportRecords.ListValues;
import vn.tdkt.importing.service.ImportRecords.MappingMemory;
import vn.tdkt.importing.service.ImportRecords.PreviewRow;
import vn.tdkt.importing.service.ImportRecords.RowStatus;
import vn.tdkt.importing.service.ImportRecords.SheetColumn;
import vn.tdkt.importing.service.OfficeRows.ListRow;
import vn.tdkt.importing.service.XlsxReader.RawRow;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService.NameMatch;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/**
 * Import of legacy award lists (xlsx), in the template's shape or as offices keep them
 * (title block, sections, totals, signature): find the header row and propose what each
 * column holds and what the title block says, let the user confirm that once for the whole
 * list, then read and check every row, match people, units and award types to the
 * registries (accent-insensitive), show a preview, and write every valid row in one
 * transaction, remembering the user's column mapping with it.
 */
@Service
public class LegacyListImport {

    private static final Pattern YEARS = Pattern.compile("^(\\d{4})\\s*(?:[-–—/]|den)\\s*(\\d{4})$");
    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ofPattern("d/M/uuuu"),
        DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
        DateTimeFormatter.ISO_LOCAL_DATE};
    private static final int SAMPLES = 3;

    private final LegacyDecisionWriter writer;
    private final UnitService units;
    private final PersonService people;
    private final AwardTypeService awardTypes;
    private final ColumnMappings mappings;
    private final Clock clock;
    private final long maxBytes;
    private final int maxRows;

    public LegacyListImport(LegacyDecisionWriter writer, UnitService units, PersonService people,
            AwardTypeService awardTypes, ColumnMappings mappings, Clock clock,
            @Value("${tdkt.import.max-bytes:20971520}") long maxBytes,
            @Value("${tdkt.import.max-rows:100000}") int maxRows) {
        this.writer = writer;
        this.units = units;
        this.people = people;
        this.awardTypes = awardTypes;
        this.mappings = mappings;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /**
     * Reads a file's shape; nothing is checked or written. The proposal is the user's
     * remembered mapping for this header row, else a guess from the headers, with what the
     * title block says about the decision.
     */
    @Access.Secretary
    public ListLayout layout(String fileName, byte[] bytes) {
        return layout(fileName, XlsxReader.read(bytes, maxBytes, maxRows), lookup());
    }

    private ListLayout layout(String fileName, List<RawRow> raw, NameLookup lookup) {
        int headerIndex = ListShape.headerRow(raw);
        RawRow header = raw.get(headerIndex);
        List<RawRow> below = raw.subList(headerIndex + 1, Math.min(raw.size(), headerIndex + 200));
        int width = Math.max(header.cells().size(), below.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
        List<SheetColumn> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            List<String> samples = new ArrayList<>();
            for (RawRow row : below) {
                String text = OfficeRows.texts(row, Map.of(Column.NOTE, i))[Column.NOTE.ordinal()];
                if (!text.isBlank() && samples.size() < SAMPLES) {
                    samples.add(text);
                }
            }
            String title = header.cell(i).text();
            columns.add(new SheetColumn(i, org.apache.poi.ss.util.CellReference.convertNumToColString(i),
                    title == null ? "" : VietnameseText.clean(title), samples));
        }
        List<Field> guess = ListMapping.padded(ListShape.guess(header), width);
        List<Field> remembered = mappings.recall(ListShape.shape(header)).filter(m -> m.size() == width)
                .orElse(null);
        boolean complete = java.util.Arrays.stream(Column.values())
                .filter(Column::required).allMatch(c -> guess.contains(Field.valueOf(c.name())))
                && ListMapping.duplicates(guess).isEmpty();
        ListValues values = ListShape.read(raw.subList(0, headerIndex), lookup);
        return new ListLayout(fileName, header.number(), columns, ListShape.lines(raw.subList(0, headerIndex)),
                new ListSettings(remembered != null ? remembered : guess, values), remembered != null, complete);
    }

    /** Reads and checks a file with the proposed settings (a file in the template's shape); nothing is written. */
    @Access.Secretary
    public ImportPreview preview(String fileName, byte[] bytes, DoubleConsumer progress) {
        List<RawRow> raw = XlsxReader.read(bytes, maxBytes, maxRows);
        NameLookup lookup = lookup();
        return preview(fileName, raw, layout(fileName, raw, lookup).proposal(), lookup, progress);
    }

    /**
     * Reads and checks a file with the columns and list-wide values the user confirmed;
     * nothing is written. {@code progress} receives 0..1.
     */
    @Access.Secretary
    public ImportPreview preview(String fileName, byte[] bytes, ListSettings settings, DoubleConsumer progress) {
        return preview(fileName, XlsxReader.read(bytes, maxBytes, maxRows), settings, lookup(), progress);
    }

    private NameLookup lookup() {
        return new NameLookup(units.options("", 0, Integer.MAX_VALUE), units.paths(), awardTypes.search("", null));
    }

    private ImportPreview preview(String fileName, List<RawRow> raw, ListSettings settings, NameLookup matcher,
            DoubleConsumer progress) {
        progress.accept(0.3);
        int headerIndex = ListShape.headerRow(raw);
        RawRow header = raw.get(headerIndex);
        List<Field> mapping = settings.mapping();
        Map<Column, Integer> columns = ListMapping.columns(mapping, settings.values());
        List<RawRow> data = raw.subList(headerIndex + 1, raw.size());
        int ordinal = mapping.indexOf(Field.ORDINAL);
        List<ListRow> listRows = new OfficeRows(columns, ordinal < 0 ? null : ordinal, settings.values(), matcher)
                .rows(data);
        if (listRows.isEmpty()) {
            throw new BusinessException("error.import.noRows");
        }
        Set<String> names = new HashSet<>();
        boolean recognisable = false;
        for (ListRow row : listRows) {
            String name = row.values()[Column.NAME.ordinal()];
            if (!name.isBlank()) {
                names.add(VietnameseText.fold(name));
            }
            recognisable |= row.issue() == null && (ListMapping.looksLikeName(name)
                    || name.isBlank() && !row.values()[Column.UNIT.ordinal()].isBlank());
        }
        if (!recognisable) {
            throw new BusinessException("error.import.noNames", Column.NAME.header(), Column.UNIT.header());
        }
        Map<String, List<NameMatch>> byName = people.byFoldedNames(names);
        progress.accept(0.5);
        List<Parsed> parsed = new ArrayList<>(listRows.size());
        for (int i = 0; i < listRows.size(); i++) {
            ListRow row = listRows.get(i);
            if (row.issue() != null) {
                Parsed p = new Parsed(row.raw().number(), row.values());
                p.issues.add(row.issue());
                p.status = RowStatus.ERROR;
                parsed.add(p);
            } else {
                parsed.add(parse(row.raw(), row.values(), columns, matcher, byName));
            }
            if (i % 2000 == 0) {
                progress.accept(0.5 + 0.4 * i / listRows.size());
            }
        }
        Set<DecisionKey> keys = new HashSet<>();
        Map<Parsed, DecisionKey> keyOf = new HashMap<>();
        Map<String, DecisionKey> byNumber = new HashMap<>();
        parsed.stream().filter(p -> p.award != null).forEach(p -> keyOf.put(p, byNumber.computeIfAbsent(
                p.award.issuerUnitId() + "|" + p.award.docNumber() + "|" + p.award.decisionDate(),
                k -> p.award.decisionKey())));
        keys.addAll(keyOf.values());
        Map<DecisionKey, ExistingDecision> existing = writer.existing(keys);
        List<PreviewRow> rows = new ArrayList<>(parsed.size());
        Map<String, Integer> seen = new HashMap<>();
        Map<DecisionKey, int[]> yearsInFile = new HashMap<>();
        int[] counts = new int[RowStatus.values().length];
        for (Parsed p : parsed) {
            RowStatus status = p.status;
            if (p.award != null) {
                DecisionKey key = keyOf.get(p);
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
                counts[RowStatus.ERROR.ordinal()], memory(header, mapping));
    }

    /** The mapping to remember on import: changed when it differs from what the user had, or from the guess. */
    private MappingMemory memory(RawRow header, List<Field> mapping) {
        String shape = ListShape.shape(header);
        List<Field> before = mappings.recall(shape).orElse(ListMapping.padded(ListShape.guess(header), mapping.size()));
        return new MappingMemory(shape, String.join(" | ", ListShape.lines(List.of(header))),
                ColumnMappings.text(mapping), !before.equals(mapping));
    }

    /** Writes every READY and NEW_PERSON row of a preview, all or none, and remembers its column mapping. */
    @Access.Secretary
    @Transactional
    public ImportOutcome commit(ImportPreview preview) {
        List<LegacyAward> rows = preview.rows().stream()
                .filter(r -> r.status() == RowStatus.READY || r.status() == RowStatus.NEW_PERSON)
                .map(PreviewRow::award).toList();
        if (rows.isEmpty()) {
            throw new BusinessException("error.import.nothingToImport");
        }
        ImportOutcome outcome = writer.write(rows, preview.fileName());
        if (preview.memory() != null && preview.memory().changed()) {
            mappings.remember(preview.memory());
        }
        return outcome;
    }

    private static RowStatus error(Parsed p, String key, Object... args) {
        p.issues.add(new Issue(key, args));
        return RowStatus.ERROR;
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
        UnitOption unit = matcher.unit(p.get(Column.UNIT), Column.UNIT, p.issues, issuer == null ? null : issuer.id());
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
        BigDecimal amount = p.get(Column.AMOUNT).isBlank() ? null : OfficeRows.money(p.get(Column.AMOUNT));
        if (!p.get(Column.AMOUNT).isBlank() && amount == null) {
            p.issues.add(new Issue("import.issue.amount", p.get(Column.AMOUNT)));
        }
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
                unit.fullName(), registerNo, blankToNull(p.get(Column.NOTE)), amount);
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
