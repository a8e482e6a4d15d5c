package vn.tdkt.base.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Values as a Vietnamese reader of the audit trail reads them: dates dd/MM/yyyy, money with
 * dot thousands, coefficients with a decimal comma, yes/no, and enum constants by their
 * Vietnamese label ({@link #labelKey}), never {@code DRAFT} or {@code 2026-07-01}. The trail is
 * written once, in the office's language, so it is read the same in every locale.
 */
public final class AuditText {

    /** Enums whose labels were named before the {@code SimpleName.CONSTANT} convention (key prefixes). */
    private static final Map<String, String> PREFIXES = Map.of(
            "AwardCategory", "award.category.",
            "AwardLevel", "award.level.",
            "RecipientKind", "award.recipient.",
            "VoteRule", "vote.name.",
            "Role", "role.",
            "Gender", "gender.",
            "UnitStatus", "unit.status.",
            "UnitKind", "unit.kind.");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AuditText() {
    }

    /** The message key of an enum constant's label: {@code MovementStatus.DRAFT}, {@code unit.status.ACTIVE}. */
    public static String labelKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return PREFIXES.getOrDefault(type, type + ".") + value.name();
    }

    /** The Vietnamese label of an enum constant; its name only if a label is missing. */
    public static String label(Enum<?> value) {
        try {
            return bundle().getString(labelKey(value));
        } catch (MissingResourceException e) {
            return value.name();
        }
    }

    public static String of(Object value) {
        return switch (value) {
            case null -> "∅";
            case String s when s.isBlank() -> "∅";
            case LocalDate d -> Formats.date(d);
            case BigDecimal b when b.stripTrailingZeros().scale() > 0 -> Formats.coefficient(b);
            case BigDecimal b -> Formats.amount(b);
            case Boolean b -> b ? "có" : "không";
            case Enum<?> e -> label(e);
            case Collection<?> c -> c.stream().map(AuditText::of).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /** The Vietnamese label of a form field ({@code field.<name>}), or the name as given. */
    public static String fieldLabel(String name) {
        try {
            return bundle().getString("field." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("messages", Locale.of("vi", "VN"), NO_FALLBACK);
    }

    /** A period "01/07/2026–15/07/2026", or null when neither end is known. */
    public static String period(Object from, Object to) {
        return from == null && to == null ? null : of(from) + "–" + of(to);
    }

    /** A sum of money: "2.340.000 đồng", or "∅". */
    public static String money(BigDecimal amount) {
        return amount == null ? "∅" : Formats.money(amount);
    }
}
