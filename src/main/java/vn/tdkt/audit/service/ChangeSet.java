package vn.tdkt.audit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects "field: old → new" lines for an audit summary; unchanged fields are left out. */
public final class ChangeSet {

    private final List<String> lines = new ArrayList<>();

    public ChangeSet field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            lines.add(name + ": " + show(before) + " → " + show(after));
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

    private static String show(Object value) {
        return value == null || "".equals(value) ? "∅" : value.toString();
    }
}
