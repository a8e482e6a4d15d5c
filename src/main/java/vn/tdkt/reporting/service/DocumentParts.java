package vn.tdkt.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tdkt.base.service.Formats;
import vn.tdkt.reporting.service.DocumentRecords.HeadingStyle;
import vn.tdkt.reporting.service.DocumentRecords.IssuerHeading;
import vn.tdkt.reporting.service.DocumentRecords.ListRow;
import vn.tdkt.reporting.service.DocumentRecords.Signer;
import vn.tdkt.reporting.service.Layout.Align;
import vn.tdkt.reporting.service.Layout.Cell;
import vn.tdkt.reporting.service.Layout.Columns;
import vn.tdkt.reporting.service.Layout.Para;
import vn.tdkt.reporting.service.Layout.Run;
import vn.tdkt.reporting.service.Layout.Table;

/** The parts every administrative document shares: heading, place and date, signature, attached list. */
final class DocumentParts {

    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private DocumentParts() {
    }

    /** "ngày 05 tháng 02 năm 2026": Decree 30 pads days below 10 and months below 3 with a zero. */
    static String longDate(LocalDate date) {
        if (date == null) {
            return "ngày … tháng … năm …";
        }
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        return "ngày " + (d < 10 ? "0" + d : d) + " tháng " + (m < 3 ? "0" + m : m) + " năm " + date.getYear();
    }

    /** "Quảng Trị, ngày 20 tháng 11 năm 2026". */
    static String placeDate(IssuerHeading h, LocalDate date) {
        return (h.place() == null || h.place().isBlank() ? "" : h.place() + ", ") + longDate(date);
    }

    /** "2.340.000" — dot thousands as Vietnamese documents write money. */

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VI);
    }

    /** "Số 12-QĐ/VPTU" (party) or "Số: 12/QĐ-UBND" (state). */
    static String numberLine(HeadingStyle style, String number) {
        String n = number == null || number.isBlank() ? "      " : number;
        return style == HeadingStyle.PARTY ? "Số " + n : "Số: " + n;
    }

    /**
     * The two-column heading: the issuer with its number on the left; the party's name or the
     * national motto with the place and date on the right.
     */
    static Columns heading(IssuerHeading h, String number, LocalDate date) {
        List<Para> left = new ArrayList<>();
        List<String> lines = h.lines();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            Run r = new Run(upper(lines.get(i)), last, false, false, 13);
            left.add(Para.of(Align.CENTER, r));
        }
        List<Para> right = new ArrayList<>();
        if (h.style() == HeadingStyle.PARTY) {
            left.add(Para.of(Align.CENTER, Run.plain("*").size(13)));
            left.add(Para.of(Align.CENTER, Run.plain(numberLine(h.style(), number)).size(13)));
            right.add(Para.of(Align.CENTER, Run.bold("ĐẢNG CỘNG SẢN VIỆT NAM").underlined().size(14)));
            right.add(Para.of(Align.CENTER, Run.plain(" ").size(13)));
            right.add(Para.of(Align.CENTER, Run.italic(placeDate(h, date)).size(13)).spaced(6, 0));
        } else {
            left.add(Para.of(Align.CENTER, Run.plain("———").size(10)));
            left.add(Para.of(Align.CENTER, Run.plain(numberLine(h.style(), number)).size(13)));
            right.add(Para.of(Align.CENTER, Run.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").size(12)));
            right.add(Para.of(Align.CENTER, Run.bold("Độc lập - Tự do - Hạnh phúc").underlined().size(13)));
            right.add(Para.of(Align.CENTER, Run.italic(placeDate(h, date)).size(13)).spaced(12, 0));
        }
        return new Columns(new float[] {42, 58}, List.of(left, right));
    }

    /** The signature block: "Nơi nhận" on the left (if any), the signer on the right. */
    static Columns signature(Signer s, List<String> copiesTo) {
        List<Para> left = new ArrayList<>();
        if (copiesTo != null && !copiesTo.isEmpty()) {
            left.add(Para.of(Align.LEFT, new Run("Nơi nhận:", true, true, false, 12)));
            copiesTo.forEach(c -> left.add(Para.of(Align.LEFT, Run.plain("- " + c).size(11))));
        }
        return new Columns(new float[] {45, 55}, List.of(left, signer(s)));
    }

    static List<Para> signer(Signer s) {
        List<Para> right = new ArrayList<>();
        if (s == null) {
            return right;
        }
        boolean deputy = s.authority() != null && !s.authority().isBlank() && s.title() != null
                && !s.title().equalsIgnoreCase(s.authority());
        if (deputy) {
            right.add(Para.of(Align.CENTER, Run.bold("KT. " + upper(s.authority()))));
        }
        String title = s.title() == null || s.title().isBlank() ? s.authority() : s.title();
        right.add(Para.of(Align.CENTER, Run.bold(upper(title))));
        right.add(Para.of(Align.CENTER, Run.plain(" ")).spaced(48, 0));
        right.add(Para.of(Align.CENTER, Run.bold(s.name() == null ? "" : s.name())));
        return right;
    }

    /**
     * The attached list: "I. Tập thể", "II. Cá nhân" as separating rows, one numbered row per
     * recipient with its số sổ vàng, and the total.
     */
    static Table list(List<ListRow> collectives, List<ListRow> individuals, BigDecimal total) {
        List<List<Cell>> rows = new ArrayList<>();
        int stt = 0;
        String[] roman = {"I", "II"};
        int part = 0;
        for (var group : List.of(collectives, individuals)) {
            if (group.isEmpty()) {
                continue;
            }
            String label = roman[part++] + ". " + (group == collectives ? "TẬP THỂ" : "CÁ NHÂN");
            rows.add(List.of(Cell.center(""), Cell.left(label + " (" + group.size() + ")").strong(), Cell.left(""),
                    Cell.left(""), Cell.left(""), Cell.left("")));
            for (ListRow r : group) {
                stt++;
                rows.add(List.of(Cell.center(String.valueOf(stt)), Cell.left(r.name()), Cell.left(r.positionUnit()),
                        Cell.left(r.award()), Cell.right(Formats.amount(r.amount())),
                        Cell.center(r.registerNo() == null ? "" : String.valueOf(r.registerNo()))));
            }
        }
        if (total != null) {
            rows.add(List.of(Cell.center(""), Cell.left("Tổng cộng").strong(), Cell.left(""), Cell.left(""),
                    Cell.right(Formats.amount(total)).strong(), Cell.left("")));
        }
        return new Table(new float[] {7, 24, 29, 18, 13, 9},
                List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Hình thức khen thưởng",
                        "Số tiền (đồng)", "Số sổ vàng"),
                rows, 12);
    }
}
