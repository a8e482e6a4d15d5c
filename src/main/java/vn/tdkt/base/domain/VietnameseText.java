package vn.tdkt.base.domain;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text rules used by search and sorting.
 *
 * <p>{@link #fold} gives the accent-free lower-case form stored in the indexed search
 * columns ("Nguyễn Văn Ánh" → "nguyen van anh"). {@link #personSortKey} gives an ASCII key
 * that orders people the Vietnamese way — by tên (the last word), then họ đệm — with the
 * Vietnamese alphabet (a ă â b c d đ e ê …) as primary order and tones as secondary
 * order. The key uses only digits and upper-case letters so that it sorts the same under a
 * binary collation (H2) and any MySQL/MariaDB collation, which lets lazy grids sort in the
 * database.
 */
public final class VietnameseText {

    /** Base letters in Vietnamese dictionary order; f j w z are kept for foreign names. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** 33 symbols after the three separators, all in ASCII order and case-free. */
    private static final String CODES = "3456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final char END_OF_PRIMARY = '0';
    private static final char WORD_SEPARATOR = '1';
    private static final char PART_SEPARATOR = '2';
    /** CLDR Vietnamese tone order: none, huyền, hỏi, ngã, sắc, nặng. */
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

    public static final Comparator<String> PERSON_NAME_ORDER =
            Comparator.comparing(VietnameseText::personSortKey);

    private VietnameseText() {
    }

    /** Trims, collapses inner white space and composes to NFC, as stored. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return Normalizer.normalize(collapsed, Normalizer.Form.NFC);
    }

    /** Accent-free, lower-case form for searching: "Đặng Thị Ánh" → "dang thi anh". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c);
        }
        return out.toString();
    }

    /**
     * True when every word of the (folded) query occurs in the folded text, in any order:
     * "co thi dua van phong trung uong" finds "Cờ thi đua của Văn phòng Trung ương Đảng".
     */
    public static boolean matchesAllWords(String foldedText, String query) {
        String folded = fold(query);
        if (folded.isBlank()) {
            return true;
        }
        for (String word : folded.split(" ")) {
            if (!foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The longest word of a query: the most selective one to send to the database. */
    public static String longestWord(String query) {
        String longest = "";
        for (String word : fold(query).split(" ")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    /** The part of a full name used first in alphabetical lists: the last word. */
    public static String givenName(String fullName) {
        String name = clean(fullName);
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** Key ordering names by tên, then họ đệm, with Vietnamese letter and tone order. */
    public static String personSortKey(String fullName) {
        String name = clean(fullName == null ? "" : fullName);
        int space = name.lastIndexOf(' ');
        String given = space < 0 ? name : name.substring(space + 1);
        String family = space < 0 ? "" : name.substring(0, space);
        return textKey(given) + PART_SEPARATOR + textKey(family);
    }

    /** Key ordering any text (unit names, titles) with Vietnamese letter and tone order. */
    public static String textKey(String text) {
        String decomposed = Normalizer.normalize(clean(text == null ? "" : text).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        StringBuilder primary = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == ' ') {
                primary.append(WORD_SEPARATOR);
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char letter = withShapeMarks(c, decomposed, i + 1);
            int index = ALPHABET.indexOf(letter);
            if (index < 0) {
                continue;
            }
            primary.append(CODES.charAt(index));
            tones.append(toneOf(decomposed, i + 1));
        }
        return primary.toString() + END_OF_PRIMARY + tones;
    }

    /** Breve, circumflex and horn make a different letter (ă â ê ô ơ ư), not a tone. */
    private static char withShapeMarks(char base, String decomposed, int from) {
        char letter = base;
        for (int j = from; j < decomposed.length()
                && Character.getType(decomposed.charAt(j)) == Character.NON_SPACING_MARK; j++) {
            letter = switch (decomposed.charAt(j)) {
                case '\u0306' -> base == 'a' ? 'ă' : letter;
                case '\u0302' -> base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : letter;
                case '\u031B' -> base == 'o' ? 'ơ' : base == 'u' ? 'ư' : letter;
                default -> letter;
            };
        }
        return letter;
    }

    private static char toneOf(String decomposed, int from) {
        for (int j = from; j < decomposed.length()
                && Character.getType(decomposed.charAt(j)) == Character.NON_SPACING_MARK; j++) {
            int tone = TONES.indexOf(decomposed.charAt(j));
            if (tone >= 0) {
                return (char) ('1' + tone);
            }
        }
        return '0';
    }
}
