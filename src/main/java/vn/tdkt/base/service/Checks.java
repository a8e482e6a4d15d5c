package vn.tdkt.base.service;

/** Server-side validation helpers that refuse with a field-bound, translatable message. */
public final class Checks {

    private Checks() {
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(field, "error.required", field);
        }
        return value;
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
        return value;
    }
}
