package vn.tdkt.audit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tdkt.base.service.AuditText;

/**
 * Collects "field: old → new" lines for an audit summary; unchanged fields are left out.
 * Values read as {@link AuditText} shows them (dates dd/MM/yyyy, labels of enums, có/không).
 */
public final class ChangeSet {

    private final List<String> lines = new ArrayList<>();

    public ChangeSet field(String name, Object before, Object after) {
        if (!Objects.equals(blankAsNone(before), blankAsNone(after))) {
            lines.add(AuditText.fieldLabel(name) + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("; ", lines);
    }

    /** A form's empty text field and a value never entered are the same to the reader ("∅ → ∅" is no change). */
    private static Object blankAsNone(Object value) {
        return "".equals(value) ? null : value;
    }

    private static String show(Object value) {
        return AuditText.of(value);
    }
}
