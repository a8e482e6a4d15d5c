package vn.tdkt.base.service;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Vietnamese formats: dd/MM/yyyy, "2.340.000 đồng", coefficients "1,5". */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "ngày 12 tháng 10 năm 2022", as written in documents. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : "ngày %d tháng %d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    public static String amount(BigDecimal amount) {
        return amount == null ? "" : decimal("#,##0").format(amount);
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : amount(amount) + " đồng";
    }

    public static String coefficient(BigDecimal coefficient) {
        return coefficient == null ? "" : decimal("0.0#").format(coefficient);
    }

    /** An argument of a message, shown the Vietnamese way. */
    public static Object value(Object value) {
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof BigDecimal b) {
            return amount(b);
        }
        return value instanceof Number n ? n.toString() : value;
    }
}
