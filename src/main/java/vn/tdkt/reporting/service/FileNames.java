package vn.tdkt.reporting.service;

import java.text.Normalizer;

/** File names of generated documents: readable Vietnamese where the browser allows, ASCII otherwise. */
public final class FileNames {

    private FileNames() {
    }

    /** "Quyết định 12-QĐ/VPTU.pdf" → "Quyet-dinh-12-QD-VPTU.pdf": no marks, đ → d, safe characters only. */
    public static String ascii(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-(?=\\.)|-$", "");
    }

    /** A file name as a user reads it: the Vietnamese text with only path separators and controls replaced. */
    public static String readable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-");
    }
}
