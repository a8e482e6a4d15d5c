package vn.tdkt.importing.service;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.decision.service.LegacyDecisionWriter.LegacyAward;

/** What the import of legacy lists shows and takes back. */
public final class ImportRecords {

    private ImportRecords() {
    }

    /** The columns of the template, in order; headers are matched accent-insensitively. */
    public enum Column {
        DOC_NUMBER("Số quyết định", true),
        DECISION_DATE("Ngày quyết định", true),
        ISSUER("Cơ quan ban hành", true),
        YEAR("Năm thành tích", true),
        AWARD("Hình thức, danh hiệu", true),
        NAME("Họ và tên", false),
        GENDER("Giới tính", false),
        BIRTH_YEAR("Năm sinh", false),
        POSITION("Chức vụ", false),
        UNIT("Đơn vị", true),
        REGISTER_NO("Số sổ vàng", false),
        NOTE("Ghi chú", false),
        AMOUNT("Số tiền", false);

        private final String header;
        private final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }
    }

    /**
     * What a column of a sheet holds, as the user maps it: one of the template's columns, the
     * ordinal (STT, which tells data rows from section rows), or nothing to take.
     */
    public enum Field {
        IGNORE, ORDINAL, DOC_NUMBER, DECISION_DATE, ISSUER, YEAR, AWARD, NAME, GENDER, BIRTH_YEAR, POSITION, UNIT,
        REGISTER_NO, NOTE, AMOUNT;

        /** The template column this field fills, or null. */
        public Column column() {
            return this == IGNORE || this == ORDINAL ? null : Column.valueOf(name());
        }
    }

    /** One column of the sheet: its letter, its header as written and the first values below it. */
    public record SheetColumn(int index, String letter, String header, List<String> samples) {
    }

    /**
     * What holds for the whole list unless a column or a section row says otherwise; read from
     * the title block and confirmed by the user. {@code years} as written: "2018" or "2019-2022".
     */
    public record ListValues(String docNumber, LocalDate decisionDate, Long issuerUnitId, Long awardTypeId,
            String years) {

        public static final ListValues NONE = new ListValues(null, null, null, null, null);
    }

    /** What the user confirms before the check: the field of every column (by index) and the list-wide values. */
    public record ListSettings(List<Field> mapping, ListValues values) {
    }

    /**
     * A list as first read: the header row found (1-based), its columns, the title block's
     * lines, and the proposed settings — the user's remembered mapping for this header row
     * when there is one ({@code remembered}), else a guess from the headers.
     * {@code complete}: the file follows the template, so no mapping step is needed.
     */
    public record ListLayout(String fileName, int headerRow, List<SheetColumn> columns, List<String> titleLines,
            ListSettings proposal, boolean remembered, boolean complete) {
    }

    /** The mapping to remember with the import: the header row's shape and the fields, in column order. */
    public record MappingMemory(String shape, String headers, String mapping, boolean changed) {
    }

    public enum RowStatus {
        /** Matched and valid: will be added. */
        READY,
        /** Valid, the person is not in the registry: added under the name as written. */
        NEW_PERSON,
        /** Already in the register: skipped. */
        DUPLICATE,
        /** Not imported; see the messages. */
        ERROR
    }

    /** A message about a row: an i18n key and its arguments. */
    public record Issue(String key, Object... args) {
    }

    /** {@code values} are the cells as read, in {@link Column} order; {@code award} is set unless ERROR. */
    public record PreviewRow(int rowNumber, String[] values, RowStatus status, List<Issue> issues, String match,
            LegacyAward award) {
    }

    /** {@code memory}: the column mapping the user set for this file, remembered when it is imported; or null. */
    public record ImportPreview(String fileName, List<PreviewRow> rows, int ready, int newPeople, int duplicates,
            int errors, MappingMemory memory) {

        public int importable() {
            return ready + newPeople;
        }
    }
}
