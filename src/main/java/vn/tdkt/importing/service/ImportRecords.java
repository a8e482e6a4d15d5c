package vn.tdkt.importing.service;

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
        NOTE("Ghi chú", false);

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

    public record ImportPreview(String fileName, List<PreviewRow> rows, int ready, int newPeople, int duplicates,
            int errors) {

        public int importable() {
            return ready + newPeople;
        }
    }
}
