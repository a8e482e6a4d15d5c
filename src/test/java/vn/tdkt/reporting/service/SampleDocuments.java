package vn.tdkt.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.reporting.service.DocumentRecords.Attendee;
import vn.tdkt.reporting.service.DocumentRecords.CertificateDocument;
import vn.tdkt.reporting.service.DocumentRecords.DecisionDocument;
import vn.tdkt.reporting.service.DocumentRecords.HeadingStyle;
import vn.tdkt.reporting.service.DocumentRecords.IssuerHeading;
import vn.tdkt.reporting.service.DocumentRecords.ListRow;
import vn.tdkt.reporting.service.DocumentRecords.MinutesDocument;
import vn.tdkt.reporting.service.DocumentRecords.Signer;
import vn.tdkt.reporting.service.DocumentRecords.SubmissionDocument;
import vn.tdkt.reporting.service.DocumentRecords.Tally;
import vn.tdkt.reporting.service.DocumentRecords.WrittenOpinion;

/** Documents of Văn phòng Tỉnh ủy Quảng Trị as the tests and the benchmark print them. */
public final class SampleDocuments {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    public static final IssuerHeading VPTU = new IssuerHeading(HeadingStyle.PARTY,
            List.of("Tỉnh ủy Quảng Trị", "Văn phòng"), "Quảng Trị", "Chánh Văn phòng Tỉnh ủy Quảng Trị");
    public static final IssuerHeading UBND = new IssuerHeading(HeadingStyle.STATE,
            List.of("Ủy ban nhân dân tỉnh Quảng Trị"), "Quảng Trị", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị");
    public static final Signer SIGNER = new Signer("Chánh Văn phòng Tỉnh ủy", "Chánh Văn phòng Tỉnh ủy",
            "Nguyễn Khánh Vũ");
    public static final String REASON = "Đã có thành tích xuất sắc trong phong trào thi đua \"Tham mưu giỏi, phục vụ "
            + "tốt\" năm 2026";

    private SampleDocuments() {
    }

    /** A decision with one collective and {@code people} individuals (the first is Nguyễn Thị Hường). */
    public static DecisionDocument decision(IssuerHeading heading, int people) {
        List<ListRow> collectives = List.of(new ListRow(41, "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị", "",
                "Tập thể lao động xuất sắc", new BigDecimal("3510000")));
        List<ListRow> individuals = new ArrayList<>();
        individuals.add(new ListRow(42, "Nguyễn Thị Hường", "Phó Trưởng phòng, Phòng Tổng hợp",
                "Chiến sĩ thi đua cơ sở", new BigDecimal("2340000")));
        for (int i = 1; i < people; i++) {
            individuals.add(new ListRow(42 + i, "Trần Văn Đức " + i, "Chuyên viên, Phòng Hành chính – Tổ chức",
                    "Lao động tiên tiến", new BigDecimal("710000")));
        }
        BigDecimal total = new BigDecimal("3510000").add(new BigDecimal("2340000"))
                .add(new BigDecimal("710000").multiply(BigDecimal.valueOf(people - 1L)));
        return new DecisionDocument(heading, "12-QĐ/VPTU", DATE, "Về việc khen thưởng thành tích năm 2026",
                "Chánh Văn phòng Tỉnh ủy", List.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
                        "Xét đề nghị của Hội đồng Thi đua - Khen thưởng Văn phòng Tỉnh ủy Quảng Trị,"),
                List.of("Tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho 1 cá nhân (có danh sách kèm theo), "
                        + "đã có thành tích xuất sắc.", "Quyết định này có hiệu lực kể từ ngày ký."),
                SIGNER, List.of("Như Điều 2,", "Lưu Văn phòng."), "Danh sách tập thể, cá nhân được khen thưởng",
                collectives, individuals, total);
    }

    public static CertificateDocument certificate(String name, Integer registerNo) {
        return new CertificateDocument(VPTU, "Chánh Văn phòng Tỉnh ủy Quảng Trị", true, "Chiến sĩ thi đua cơ sở",
                false, name, "Phó Trưởng phòng", "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị", REASON,
                "12-QĐ/VPTU", DATE, registerNo, SIGNER);
    }

    public static CertificateDocument formCertificate() {
        return new CertificateDocument(VPTU, "Chánh Văn phòng Tỉnh ủy Quảng Trị", false, "Giấy khen", true,
                "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị", null, null, REASON, "12-QĐ/VPTU", DATE, null,
                new Signer("Chánh Văn phòng Tỉnh ủy", "Phó Chánh Văn phòng Tỉnh ủy", "Lê Thị Ánh"));
    }

    public static MinutesDocument minutes() {
        return new MinutesDocument(VPTU, "05-BB/VPTU", DATE,
                "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2026",
                List.of("Vào lúc 08 giờ 00 phút ngày 20 tháng 11 năm 2026, tại phòng họp số 1, Văn phòng Tỉnh ủy "
                        + "Quảng Trị, Hội đồng Thi đua - Khen thưởng họp xét khen thưởng năm 2026."),
                List.of(new Attendee("Nguyễn Khánh Vũ", "Chủ tịch Hội đồng", true, ""),
                        new Attendee("Hoàng Thị Thu", "Phó Chủ tịch Hội đồng", true, ""),
                        new Attendee("Phạm Văn Ướt", "Ủy viên", false, "Đi công tác, có phiếu ý kiến")),
                List.of(new WrittenOpinion("Phạm Văn Ướt", "Nguyễn Thị Hường", "Chiến sĩ thi đua cơ sở",
                        "Đồng ý")),
                List.of(new Tally("Nguyễn Thị Hường", "Chiến sĩ thi đua cơ sở", 9, 8, 1, 0, "88,9 %", true),
                        new Tally("Trần Văn Đức", "Chiến sĩ thi đua cơ sở", 9, 7, 2, 0, "77,8 %", false)),
                List.of("Hội đồng thống nhất đề nghị Chánh Văn phòng Tỉnh ủy tặng danh hiệu “Chiến sĩ thi đua cơ "
                        + "sở” cho đồng chí Nguyễn Thị Hường."),
                "Cuộc họp kết thúc lúc 10 giờ 30 phút cùng ngày.",
                new Signer(null, "Thư ký", "Lê Thị Ánh"), new Signer(null, "Chủ tọa", "Nguyễn Khánh Vũ"));
    }

    public static SubmissionDocument submission() {
        return new SubmissionDocument(VPTU, "07-TTr/VPTU", DATE,
                "Về việc đề nghị tặng Bằng khen của Chánh Văn phòng Trung ương Đảng",
                "Văn phòng Trung ương Đảng",
                List.of("Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ngày 20 tháng 11 năm 2026, Văn phòng "
                        + "Tỉnh ủy Quảng Trị kính đề nghị Chánh Văn phòng Trung ương Đảng xem xét, tặng Bằng khen "
                        + "cho 1 tập thể và 1 cá nhân (có danh sách kèm theo)."),
                "Danh sách đề nghị khen thưởng",
                List.of(new ListRow(null, "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị", "",
                        "Bằng khen của Chánh Văn phòng Trung ương Đảng", null)),
                List.of(new ListRow(null, "Nguyễn Thị Hường", "Phó Trưởng phòng, Phòng Tổng hợp",
                        "Bằng khen của Chánh Văn phòng Trung ương Đảng", null)),
                SIGNER, List.of("Như trên,", "Lưu Văn phòng."));
    }
}
