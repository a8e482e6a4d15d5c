package vn.tdkt.reporting.service;

import static vn.tdkt.base.service.Formats.amount;
import static vn.tdkt.reporting.service.DocumentParts.heading;
import static vn.tdkt.reporting.service.DocumentParts.longDate;
import static vn.tdkt.reporting.service.DocumentParts.placeDate;
import static vn.tdkt.reporting.service.DocumentParts.upper;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.reporting.service.DocumentRecords.Attendee;
import vn.tdkt.reporting.service.DocumentRecords.CertificateDocument;
import vn.tdkt.reporting.service.DocumentRecords.DecisionDocument;
import vn.tdkt.reporting.service.DocumentRecords.ListRow;
import vn.tdkt.reporting.service.DocumentRecords.MinutesDocument;
import vn.tdkt.reporting.service.DocumentRecords.SubmissionDocument;
import vn.tdkt.reporting.service.DocumentRecords.Tally;
import vn.tdkt.reporting.service.DocumentRecords.WrittenOpinion;
import vn.tdkt.reporting.service.Layout.Align;
import vn.tdkt.reporting.service.Layout.Builder;
import vn.tdkt.reporting.service.Layout.Cell;
import vn.tdkt.reporting.service.Layout.Columns;
import vn.tdkt.reporting.service.Layout.Margins;
import vn.tdkt.reporting.service.Layout.PageBreak;
import vn.tdkt.reporting.service.Layout.Para;
import vn.tdkt.reporting.service.Layout.Run;
import vn.tdkt.reporting.service.Layout.Table;

/** Lays each kind of document out, in the order and styles of the conventions it follows. */
final class DocumentLayouts {

    /** Certificates are framed: generous margins leave room for the border. */
    static final Margins CERTIFICATE_MARGINS = new Margins(22, 18, 25, 25);

    private DocumentLayouts() {
    }

    static Layout decision(DecisionDocument d) {
        Builder b = new Builder();
        b.add(heading(d.heading(), d.number(), d.date()));
        b.add(Para.of(Align.CENTER, Run.bold("QUYẾT ĐỊNH").size(15)).spaced(18, 0));
        b.add(Para.of(Align.CENTER, Run.bold(d.subject())));
        b.add(Para.of(Align.CENTER, Run.plain("-----")).spaced(0, 6));
        b.add(Para.of(Align.CENTER, Run.bold(upper(d.authority()))).spaced(6, 6));
        d.legalBases().forEach(basis -> b.add(Para.body(Run.italic(basis))));
        b.add(Para.of(Align.CENTER, Run.bold("QUYẾT ĐỊNH:")).spaced(6, 6));
        for (int i = 0; i < d.articles().size(); i++) {
            b.add(Para.body(Run.bold("Điều " + (i + 1) + ". "), Run.plain(d.articles().get(i))));
        }
        b.add(DocumentParts.signature(d.signer(), d.copiesTo()));
        if (!d.collectives().isEmpty() || !d.individuals().isEmpty()) {
            b.add(new PageBreak());
            b.add(Para.of(Align.CENTER, Run.bold(upper(d.listTitle()))));
            b.add(Para.of(Align.CENTER, Run.italic("(Kèm theo Quyết định số " + d.number() + " "
                    + longDate(d.date()) + " của " + d.heading().head() + ")")).spaced(0, 3));
            b.add(Para.of(Align.CENTER, Run.plain("-----")).spaced(0, 6));
            b.add(DocumentParts.list(d.collectives(), d.individuals(), d.total()));
            if (d.total() != null) {
                b.add(Para.of(Align.LEFT, Run.italic("Tổng số: " + d.collectives().size() + " tập thể, "
                        + d.individuals().size() + " cá nhân; tổng số tiền thưởng: " + amount(d.total())
                        + " đồng.")).spaced(6, 0));
            }
        }
        return b.portrait();
    }

    /**
     * A certificate: the conferring authority, "TẶNG" or "TẶNG DANH HIỆU" and the award, the
     * recipient large, position and unit, the achievement, then the decision and số sổ vàng on
     * the left and the place, date and signature on the right.
     */
    static Layout certificate(CertificateDocument c) {
        Builder b = new Builder();
        boolean party = c.heading().style() == DocumentRecords.HeadingStyle.PARTY;
        b.add(Para.of(Align.CENTER, Run.bold(party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .size(13)));
        if (!party) {
            b.add(Para.of(Align.CENTER, Run.bold("Độc lập - Tự do - Hạnh phúc").underlined().size(13)));
        }
        b.add(Para.of(Align.CENTER, Run.bold(upper(c.authority())).size(19)).spaced(22, 0));
        b.add(Para.of(Align.CENTER, Run.bold(c.title() ? "TẶNG DANH HIỆU" : "TẶNG").size(18)).spaced(14, 0));
        b.add(Para.of(Align.CENTER, Run.bold(upper(c.awardName())).size(c.awardName().length() > 32 ? 26 : 36)
                .red()).spaced(6, 6));
        String name = c.collective() ? c.recipientName() : "Đồng chí " + c.recipientName();
        b.add(Para.of(Align.CENTER, Run.bold(name).boldItalic().size(name.length() > 45 ? 22 : 28)).spaced(10, 4));
        String where = c.collective() ? c.unit() : ListRow.positionUnit(c.position(), c.unit());
        if (where != null && !where.isBlank()) {
            b.add(Para.of(Align.CENTER, Run.plain(where).size(16)));
        }
        if (c.achievement() != null && !c.achievement().isBlank()) {
            b.add(Para.of(Align.CENTER, Run.italic(c.achievement()).size(16)).spaced(12, 0));
        }
        List<Para> left = new ArrayList<>();
        left.add(Para.of(Align.LEFT, Run.plain("Quyết định số " + c.decisionNumber()).size(13)).spaced(6, 0));
        left.add(Para.of(Align.LEFT, Run.plain(longDate(c.decisionDate())).size(13)));
        if (c.registerNo() != null) {
            left.add(Para.of(Align.LEFT, Run.plain("Số sổ vàng: " + c.registerNo()).size(13)));
        }
        List<Para> right = new ArrayList<>();
        right.add(Para.of(Align.CENTER, Run.italic(placeDate(c.heading(), c.decisionDate())).size(14))
                .spaced(0, 2));
        right.addAll(DocumentParts.signer(c.signer()));
        // A cell ignores its first paragraph's spacing: the gap above the signature is a line of its own.
        b.add(Para.of(Align.CENTER, Run.plain(" ").size(8)).spaced(24, 0));
        b.add(new Columns(new float[] {45, 55}, List.of(left, right)));
        return b.landscape(CERTIFICATE_MARGINS, true);
    }

    static Layout minutes(MinutesDocument m) {
        Builder b = new Builder();
        b.add(heading(m.heading(), m.number(), m.date()));
        b.add(Para.of(Align.CENTER, Run.bold("BIÊN BẢN").size(15)).spaced(18, 0));
        b.add(Para.of(Align.CENTER, Run.bold(m.subject())));
        b.add(Para.of(Align.CENTER, Run.plain("-----")).spaced(0, 6));
        m.opening().forEach(line -> b.body(Run.plain(line)));
        b.body(Run.bold("I. THÀNH PHẦN"));
        long present = m.attendees().stream().filter(Attendee::present).count();
        b.body(Run.plain("Có mặt " + present + "/" + m.attendees().size() + " thành viên Hội đồng:"));
        List<List<Cell>> rows = new ArrayList<>();
        int i = 0;
        for (Attendee a : m.attendees()) {
            rows.add(List.of(Cell.center(String.valueOf(++i)), Cell.left(a.name()), Cell.left(a.role()),
                    Cell.center(a.present() ? "Có mặt" : "Vắng"), Cell.left(a.note())));
        }
        b.add(new Table(new float[] {7, 28, 30, 13, 22}, List.of("STT", "Họ và tên", "Chức danh trong Hội đồng",
                "Có mặt", "Ghi chú"), rows, 12));
        if (!m.opinions().isEmpty()) {
            b.body(Run.bold("II. Ý KIẾN BẰNG VĂN BẢN CỦA THÀNH VIÊN VẮNG MẶT"));
            List<List<Cell>> op = new ArrayList<>();
            for (WrittenOpinion o : m.opinions()) {
                op.add(List.of(Cell.left(o.member()), Cell.left(o.candidate()), Cell.left(o.award()),
                        Cell.center(o.opinion())));
            }
            b.add(new Table(new float[] {25, 30, 27, 18}, List.of("Thành viên", "Người/tập thể được đề nghị",
                    "Hình thức", "Ý kiến"), op, 12));
        }
        b.body(Run.bold((m.opinions().isEmpty() ? "II" : "III") + ". KẾT QUẢ BỎ PHIẾU"));
        List<List<Cell>> ts = new ArrayList<>();
        int n = 0;
        for (Tally t : m.tallies()) {
            ts.add(List.of(Cell.center(String.valueOf(++n)), Cell.left(t.candidate()), Cell.left(t.award()),
                    Cell.center(t.agree() + "/" + t.members()), Cell.center(String.valueOf(t.disagree())),
                    Cell.center(String.valueOf(t.abstain())), Cell.center(t.share()),
                    Cell.center(t.passed() ? "Đạt" : "Không đạt").strong()));
        }
        b.add(new Table(new float[] {6, 24, 22, 10, 9, 9, 10, 10}, List.of("STT", "Người/tập thể được đề nghị",
                "Danh hiệu, hình thức", "Đồng ý", "Không đồng ý", "Không biểu quyết", "Tỷ lệ", "Kết quả"), ts, 11));
        b.body(Run.bold((m.opinions().isEmpty() ? "III" : "IV") + ". KẾT LUẬN"));
        m.conclusions().forEach(c -> b.body(Run.plain(c)));
        if (m.closing() != null && !m.closing().isBlank()) {
            b.body(Run.plain(m.closing()));
        }
        List<Para> left = new ArrayList<>();
        left.add(Para.of(Align.CENTER, Run.bold("THƯ KÝ")));
        left.addAll(DocumentParts.signer(new DocumentRecords.Signer(null, null, m.secretary().name())).subList(1, 3));
        List<Para> right = new ArrayList<>();
        right.add(Para.of(Align.CENTER, Run.bold("CHỦ TỌA")));
        right.addAll(DocumentParts.signer(new DocumentRecords.Signer(null, null, m.chair().name())).subList(1, 3));
        b.add(new Columns(new float[] {50, 50}, List.of(left, right)));
        return b.portrait();
    }

    static Layout submission(SubmissionDocument s) {
        Builder b = new Builder();
        b.add(heading(s.heading(), s.number(), s.date()));
        b.add(Para.of(Align.CENTER, Run.bold("TỜ TRÌNH").size(15)).spaced(18, 0));
        b.add(Para.of(Align.CENTER, Run.bold(s.subject())));
        b.add(Para.of(Align.CENTER, Run.plain("-----")).spaced(0, 6));
        b.add(Para.of(Align.CENTER, Run.plain("Kính gửi: " + s.addressee())).spaced(0, 8));
        s.paragraphs().forEach(p -> b.body(Run.plain(p)));
        b.add(DocumentParts.signature(s.signer(), s.copiesTo()));
        if (!s.collectives().isEmpty() || !s.individuals().isEmpty()) {
            b.add(new PageBreak());
            b.add(Para.of(Align.CENTER, Run.bold(upper(s.listTitle()))));
            b.add(Para.of(Align.CENTER, Run.italic("(Kèm theo Tờ trình số " + s.number() + " " + longDate(s.date())
                    + " của " + s.heading().head() + ")")).spaced(0, 6));
            b.add(DocumentParts.list(s.collectives(), s.individuals(), null));
        }
        return b.portrait();
    }
}
