package vn.tdkt.decision.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.base.domain.Shared;

/**
 * A document number as printed, with its parts when it follows one of the two official
 * patterns: party {@code 123-QĐ/VPTW} (hyphen before the type, slash before the body) and
 * state {@code 163/QĐ-UBND}. Type and body codes may mix cases as printed ({@code 1234/QĐ-TTg},
 * {@code 45-TTr/VPTU}); a leading "Số" / "Số:" and dashes other than the hyphen (en dash, minus)
 * are what people type and are read away. Anything else is kept as printed and marked not well
 * formed.
 */
@Shared
public record DocumentNumber(String printed, Integer seq, String type, String body) {

    private static final String CODE = "\\p{L}[\\p{L}0-9]{0,19}";
    private static final String BODY = CODE + "(?:[-.]" + "[\\p{L}0-9]{1,20}){0,3}";
    private static final Pattern PARTY = Pattern.compile("^(0*\\d{1,6})-(\\p{L}{1,10})/(" + BODY + ")$");
    private static final Pattern STATE = Pattern.compile("^(0*\\d{1,6})/(?:\\d{4}/)?(\\p{L}{1,10})-(" + BODY + ")$");
    private static final Pattern NUMBER_WORD = Pattern.compile("^(?iu)s[oốỐ]\\s*[:.]?\\s*(?=\\d)");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public static DocumentNumber parse(String printed) {
        String asPrinted = printed == null ? "" : Normalizer.normalize(printed, Normalizer.Form.NFC).strip();
        String text = DASHES.matcher(asPrinted).replaceAll("-");
        text = NUMBER_WORD.matcher(text).replaceFirst("");
        String compact = text.replaceAll("\\s+", "");
        for (Pattern pattern : new Pattern[] {PARTY, STATE}) {
            Matcher m = pattern.matcher(compact);
            if (m.matches()) {
                return new DocumentNumber(compact, Integer.valueOf(m.group(1)), m.group(2), m.group(3));
            }
        }
        return new DocumentNumber(asPrinted, null, null, null);
    }

    public boolean wellFormed() {
        return seq != null;
    }

    /**
     * Party style ({@code 123-QĐ/VPTU}: hyphen before the type), numbered within the
     * party-committee term; the state style ({@code 163/QĐ-UBND}) is numbered per calendar year.
     */
    public boolean partyStyle() {
        return wellFormed() && printed.matches("^\\d+-.*");
    }

    /** Comparison key: no spaces, upper case, Đ kept apart from D ("123-qđ/vptw" = "123-QĐ/VPTW"). */
    public String key() {
        return printed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Which number this is, however it was typed: {@code QĐ} = {@code QD}, {@code 05} = {@code 5},
     * letter case ignored. Two decisions of one issuer in one year with the same identity are
     * the same decision.
     */
    public String identity() {
        if (!wellFormed()) {
            return fold(printed).replaceAll("\\s+", "").replaceAll("(?<!\\d)0+(?=\\d)", "");
        }
        return seq + "|" + fold(type) + "|" + fold(body);
    }

    private static String fold(String text) {
        String upper = text.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D');
        return MARKS.matcher(Normalizer.normalize(upper, Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
    }
}
