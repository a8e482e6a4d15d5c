package vn.tdkt.decision.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.base.domain.Shared;

/**
 * A document number as printed, with its parts when it follows one of the two official
 * patterns: party {@code 123-QĐ/VPTW} (hyphen before the type, slash before the body) and
 * state {@code 163/QĐ-UBND}. Anything else is kept as printed and marked not well formed.
 */
@Shared
public record DocumentNumber(String printed, Integer seq, String type, String body) {

    private static final Pattern PARTY = Pattern.compile("^(\\d{1,6})-([\\p{Lu}Đ]{1,10})/([\\p{Lu}Đ0-9]{1,20}(?:[-.][\\p{Lu}Đ0-9]{1,20}){0,3})$");
    private static final Pattern STATE = Pattern.compile("^(\\d{1,6})/(?:\\d{4}/)?([\\p{Lu}Đ]{1,10})-([\\p{Lu}Đ0-9]{1,20}(?:[-.][\\p{Lu}Đ0-9]{1,20}){0,3})$");

    public static DocumentNumber parse(String printed) {
        String text = printed == null ? "" : printed.strip().replaceAll("\\s+", "");
        for (Pattern pattern : new Pattern[] {PARTY, STATE}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return new DocumentNumber(printed.strip(), Integer.valueOf(m.group(1)), m.group(2), m.group(3));
            }
        }
        return new DocumentNumber(printed == null ? "" : printed.strip(), null, null, null);
    }

    public boolean wellFormed() {
        return seq != null;
    }

    /** Comparison key: no spaces, upper case, Đ kept apart from D ("123-qđ/vptw" = "123-QĐ/VPTW"). */
    public String key() {
        return printed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
