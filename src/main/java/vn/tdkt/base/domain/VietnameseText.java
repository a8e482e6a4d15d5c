package vn.tdkt.base.domain;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text rules used by storing, search, sorting and matching.
 *
 * <p>{@link #clean} is what is stored: NFC, every kind of Unicode space (the non-breaking
 * space of names pasted from Excel, thin and figure spaces) as one plain space, and "Ð"
 * (U+00D0, Icelandic eth, which old fonts and keyboards put in place of the Vietnamese
 * letter) as "Đ". {@link #fold} gives the accent-free lower-case form stored in the indexed
 * search columns ("Nguyễn Văn Ánh" → "nguyen van anh"), so old and new tone placement
 * (Thuỷ / Thủy, Hoà / Hòa) fold alike. {@link #personSortKey} gives an ASCII key that orders
 * people the Vietnamese way — by tên (the last word), then họ đệm — syllable by syllable:
 * a syllable's letters in the Vietnamese alphabet (a ă â b c d đ e ê …), then its tone, which
 * belongs to the syllable, not to the vowel it is written on (so Thuỷ and Thủy get one key).
 * The key uses only digits and upper-case letters so that it sorts the same under a binary
 * collation (H2) and any MySQL/MariaDB collation, which lets lazy grids sort in the database.
 */
public final class VietnameseText {

    /** Base letters in Vietnamese dictionary order; f j w z are kept for foreign names. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** 33 symbols after the three separators, all in ASCII order and case-free. */
    private static final String CODES = "3456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final char END_OF_LETTERS = '0';
    private static final char WORD_SEPARATOR = '1';
    private static final char PART_SEPARATOR = '2';
    /** Every Unicode space, also those {@code \s} does not know: no-break, figure, narrow no-break … */
    private static final java.util.regex.Pattern SPACES =
            java.util.regex.Pattern.compile("[\\s\\p{Zs}\\u0085\\u2028\\u2029]+");
    /** Zero-width space and byte-order mark: invisible, copied along from web pages and files. */
    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\\u200B\\uFEFF]");
    /** CLDR Vietnamese tone order: none, huyền, hỏi, ngã, sắc, nặng. */
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

    public static final Comparator<String> PERSON_NAME_ORDER =
            Comparator.comparing(VietnameseText::personSortKey);

    private VietnameseText() {
    }

    /**
     * As stored: composed (NFC), every Unicode space one plain space, trimmed, "Ð"/"ð" read
     * as "Đ"/"đ".
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (alreadyClean(text)) {
            // Most text is stored, typed or imported clean; the regular expressions below
            // were most of the cost of checking a 50.000-row list.
            return text;
        }
        String spaced = SPACES.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
        String composed = Normalizer.normalize(spaced, Normalizer.Form.NFC);
        return composed.replace('\u00D0', 'Đ').replace('\u00F0', 'đ').replace('\u0189', 'Đ');
    }

    /**
     * Whether {@link #clean} would return the text unchanged: only single plain spaces between
     * words, none of the characters it removes or replaces, already composed.
     */
    private static boolean alreadyClean(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < 0x80) {
                if (c < 0x21 || c == 0x7F) {
                    return false;
                }
            } else {
                ascii = false;
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                        || c == '\u200B' || c == '\uFEFF' || c == '\u00D0' || c == '\u00F0' || c == '\u0189'
                        || Character.isSurrogate(c)) {
                    return false;
                }
            }
        }
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** The same name however it was typed: accents, case, spaces and tone placement aside. */
    public static boolean sameName(String a, String b) {
        return textKey(a).equals(textKey(b));
    }

    /**
     * The words of a text as the register searches them: folded, every sign other than a
     * letter or digit a word of its own ("163/QĐ-UBND" → "163 / qd - ubnd"), so that a number
     * is found by any of its parts and a typed "%" or "_" is a word like any other; "|" and
     * "¦" are spaces (the register's search column uses them to mark its parts).
     */
    public static List<String> searchWords(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length() + 8);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ' || c == '|' || c == '\u00A6') {
                out.append(' ');
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append(' ').append(c).append(' ');
            }
        }
        String spaced = out.toString().strip();
        return spaced.isEmpty() ? List.of() : List.of(spaced.split(" +"));
    }

    /** {@link #searchWords} joined by single spaces. */
    public static String searchKey(String text) {
        return String.join(" ", searchWords(text));
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

    /**
     * Key ordering any text (unit names, titles) with Vietnamese letter and tone order,
     * syllable by syllable: each syllable's letters, an end mark, then the syllable's tone
     * (wherever in the syllable it is written), so "Ma Bình" comes before "Mà Anh", and
     * "Thuỷ" and "Thủy" have one key.
     */
    public static String textKey(String text) {
        String decomposed = Normalizer.normalize(clean(text == null ? "" : text).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        for (String syllable : decomposed.split(" ")) {
            if (syllable.isEmpty()) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            char tone = '0';
            for (int i = 0; i < syllable.length(); i++) {
                char c = syllable.charAt(i);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                int index = ALPHABET.indexOf(withShapeMarks(c, syllable, i + 1));
                if (index < 0) {
                    continue;
                }
                letters.append(CODES.charAt(index));
                if (tone == '0') {
                    tone = toneOf(syllable, i + 1);
                }
            }
            if (!letters.isEmpty()) {
                if (!key.isEmpty()) {
                    key.append(WORD_SEPARATOR);
                }
                key.append(letters).append(END_OF_LETTERS).append(tone);
            }
        }
        return key.toString();
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
