package vn.tdkt.base.service;

/** Server-side validation helpers that refuse with a field-bound, translatable message. */
public final class Checks {

    private Checks() {
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(field, "error.required", field);
        }
        return text(value, field);
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw BusinessException.onField(field, "error.required", field);
        }
        return value;
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw BusinessException.onField(field, "error.tooLong", field, max);
        }
        return text(value, field);
    }

    /**
     * Refuses text holding control characters (C0 and C1, except tab and line breaks) or the
     * invisible marks that change the direction of text (U+202A–U+202E, U+2066–U+2069, U+200E,
     * U+200F, U+061C): they would be stored unseen and could make a name or number read
     * differently on screen and on paper. {@link #required(String, String)} and
     * {@link #maxLength} check this too, so every saved text field gets it.
     */
    public static String text(String value, String field) {
        if (value != null && value.chars().anyMatch(Checks::hidden)) {
            throw BusinessException.onField(field, "error.text.controlCharacters", field);
        }
        return value;
    }

    private static boolean hidden(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
