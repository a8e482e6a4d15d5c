package vn.tdkt.security.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;

/**
 * What a new password must be (OWASP ASVS 5.0 V6.2): 12 to 128 characters of any script (a
 * Vietnamese passphrase is welcome), no forced character classes; not a common or breached
 * password from the list shipped in {@code security/common-passwords.txt} (nor one of its words
 * with a year or 123 around it, two of them joined, a repetition or a keyboard walk), and not
 * containing the account's name or the person's full name. Compared accent-free and case-free,
 * so "Mật khẩu 2026" is "matkhau2026".
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String FIELD = "password";

    /** Rows of the keyboard, its diagonals and the alphabet: any stretch of them is a walk. */
    private static final List<String> WALKS = List.of("qwertyuiopasdfghjklzxcvbnm", "abcdefghijklmnopqrstuvwxyz",
            "1234567890qwertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
            "zaq12wsxcde34rfvbgt56yhnmju78iklo90p", "zaq1xsw2cde3vfr4bgt5nhy6mju7ki8lo9p0",
            "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0", "1a2s3d4f5g6h7j8k9l", "qweasdzxc", "147258369",
            "741852963", "159753", "01234567890", "azertyuiopqsdfghjklmwxcvbn", "qwertzuiopasdfghjklyxcvbnm");

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    static PasswordPolicy shipped() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(canonical(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(words);
    }

    int size() {
        return common.size();
    }

    /** The password as stored and compared: NFC, so a passphrase typed with combining marks is the same one. */
    static String normalise(CharSequence password) {
        return password == null ? null : Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    /**
     * Refuses a password that breaks the policy, with a message on the password field.
     * {@code username} and {@code fullName} may be null.
     */
    void check(String password, String username, String fullName) {
        String nfc = normalise(password);
        if (nfc == null || nfc.isBlank() || nfc.codePointCount(0, nfc.length()) < MIN_LENGTH) {
            throw BusinessException.onField(FIELD, "error.password.tooShort", MIN_LENGTH);
        }
        if (nfc.codePointCount(0, nfc.length()) > MAX_LENGTH) {
            throw BusinessException.onField(FIELD, "error.password.tooLong", MAX_LENGTH);
        }
        if (nfc.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw BusinessException.onField(FIELD, "error.password.controlCharacters");
        }
        String plain = canonical(nfc);
        String name = canonical(username);
        if (name.length() >= 3 && plain.contains(name)) {
            throw BusinessException.onField(FIELD, "error.password.containsUsername");
        }
        String person = canonical(fullName);
        if (person.length() >= 6 && plain.contains(person)) {
            throw BusinessException.onField(FIELD, "error.password.containsName");
        }
        for (String variant : List.of(plain, canonical(leet(nfc)), canonical(shiftedDigits(nfc)))) {
            if (isCommon(variant)) {
                throw BusinessException.onField(FIELD, "error.password.common");
            }
        }
    }

    /** Lower case, marks folded (đ → d), letters and digits only. */
    static String canonical(String text) {
        String folded = VietnameseText.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private boolean isCommon(String plain) {
        if (plain.length() < 4 || common.contains(plain) || isWalk(plain) || isRepetition(plain)) {
            return true;
        }
        int start = 0;
        while (start < plain.length() && Character.isDigit(plain.charAt(start))) {
            start++;
        }
        int end = plain.length();
        while (end > start && Character.isDigit(plain.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return isWeakDigits(plain);
        }
        String core = plain.substring(start, end);
        if (!isWeakDigits(plain.substring(0, start)) || !isWeakDigits(plain.substring(end))) {
            return false;
        }
        return core.length() < 4 || common.contains(core) || isWalk(core) || isRepetition(core) || isTwoWords(core);
    }

    private boolean isTwoWords(String core) {
        for (int i = 1; i < core.length(); i++) {
            if (common.contains(core.substring(0, i)) && common.contains(core.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isWeakDigits(String digits) {
        return digits.length() <= 4 || common.contains(digits) || isWalk(digits) || isRepetition(digits)
                || isDate(digits);
    }

    private static boolean isWalk(String text) {
        if (text.length() < 4) {
            return false;
        }
        String reversed = new StringBuilder(text).reverse().toString();
        for (String walk : WALKS) {
            if (walk.contains(text) || walk.contains(reversed)) {
                return true;
            }
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < text.length(); i++) {
            int step = text.charAt(i) - text.charAt(i - 1);
            boolean digits = Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1));
            ascending &= step == 1 || digits && step == -9;
            descending &= step == -1 || digits && step == 9;
        }
        return ascending || descending;
    }

    /** The same short piece again and again: "aaaa…", "123123…", "abcabc…", "anhyeuemanhyeuem". */
    private boolean isRepetition(String text) {
        for (int unit = 1; unit <= text.length() / 2; unit++) {
            if (text.length() % unit == 0 && text.equals(text.substring(0, unit).repeat(text.length() / unit))) {
                return true;
            }
        }
        return false;
    }

    /** ddMMyy, ddMMyyyy, yyyyMMdd: a birthday is the first thing an attacker tries. */
    private static boolean isDate(String digits) {
        if (digits.length() == 6) {
            return dayMonth(digits.substring(0, 4));
        }
        if (digits.length() == 8) {
            return dayMonth(digits.substring(0, 4)) && year(digits.substring(4))
                    || year(digits.substring(0, 4)) && dayMonth(digits.substring(6) + digits.substring(4, 6));
        }
        return false;
    }

    private static boolean dayMonth(String ddMM) {
        int day = Integer.parseInt(ddMM.substring(0, 2));
        int month = Integer.parseInt(ddMM.substring(2));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    private static boolean year(String yyyy) {
        int year = Integer.parseInt(yyyy);
        return year >= 1900 && year <= 2099;
    }

    /** "P@ssw0rd" is "password": a digit or sign between two letters read as the letter it stands for. */
    private static String leet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean between = i > 0 && i < text.length() - 1 && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1));
            out.append(!between ? c : switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    /** "!@#$%^&*()" is "1234567890" typed with the shift key held. */
    private static String shiftedDigits(String text) {
        String shifted = "!@#$%^&*()";
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int i = shifted.indexOf(c);
            out.append(i < 0 ? c : (char) ('0' + (i + 1) % 10));
        }
        return out.toString();
    }
}
