package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionDocuments;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.Revocation;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.RevocationService;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.reporting.service.DocumentRecords.CertificateDocument;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;
import vn.tdkt.support.DocumentText;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/** A decision in the register printed as the office prints it: the decision with its list, and certificates. */
@IntegrationTest
@WithUserDetails("thuongtruc")
class DecisionDocumentsTest {

    private static final AtomicLong NUMBERS = new AtomicLong(500_000 + System.currentTimeMillis() % 90_000 * 10);
    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    RevocationService revocations;
    @Autowired
    DecisionDocuments documents;
    @Autowired
    AuditService audit;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    RunAs runAs;

    private DecisionDetails officeDecision(String number, String signerTitle, String signer) {
        DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("van phong tinh uy quang tri"), number,
                DATE, signer, signerTitle, "Đã có thành tích xuất sắc trong phong trào thi đua năm 2026", 2026, 2026,
                null, null), null);
        List<PersonRecord> staff = people.page(new PersonFilter("", data.unit(
                "phong tong hop van phong tinh uy quang tri"), false), 0, 3);
        for (int i = 0; i < 2; i++) {
            d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, staff.get(i).id(), null,
                    data.award(i == 0 ? "CSTDCS" : "LDTT"), 700 + i, null, null, null), null);
        }
        return awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                data.unit("phong tong hop van phong tinh uy quang tri"), data.award("TTLDXS"), 699, null, null, null),
                null);
    }

    private static String number() {
        return NUMBERS.incrementAndGet() + "-QĐ/VPTU";
    }

    @Test
    void the_decision_prints_with_the_party_heading_of_the_office_its_bases_articles_list_and_total()
            throws IOException {
        String number = number();
        DecisionDetails d = officeDecision(number, "Chánh Văn phòng Tỉnh ủy", "Nguyễn Khánh Vũ");
        AwardRecord first = d.awards().stream().filter(a -> a.kind() == RecipientKind.INDIVIDUAL).findFirst()
                .orElseThrow();

        GeneratedFile docx = documents.decisionDocx(d.id());
        GeneratedFile pdf = documents.decisionPdf(d.id());

        assertThat(docx.name()).isEqualTo("Quyết định " + number.replace('/', '-') + ".docx");
        assertThat(pdf.name()).endsWith(".pdf");
        String total = vn.tdkt.base.service.Formats.amount(d.totalAmount());
        for (String text : List.of(DocumentText.of(docx), DocumentText.of(pdf))) {
            assertThat(text).contains("TỈNH ỦY QUẢNG TRỊ", "VĂN PHÒNG", "Số " + number, "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Quảng Trị, ngày 20 tháng 11 năm 2026", "QUYẾT ĐỊNH", "Về việc khen thưởng thành tích năm 2026",
                    "CHÁNH VĂN PHÒNG TỈNH ỦY", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
                    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua, "
                            + "khen thưởng;",
                    "Xét đề nghị của Hội đồng Thi đua - Khen thưởng Văn phòng Tỉnh ủy Quảng Trị,",
                    "Điều 1. Tặng danh hiệu “Tập thể lao động xuất sắc”, “Chiến sĩ thi đua cơ sở”, “Lao động tiên "
                            + "tiến” cho 1 tập thể và 2 cá nhân (có danh sách kèm theo), đã có thành tích xuất sắc",
                    "(Kèm theo Quyết định số " + number + " ngày 20 tháng 11 năm 2026 của Chánh Văn phòng Tỉnh ủy "
                            + "Quảng Trị)",
                    "I. TẬP THỂ (1)", "II. CÁ NHÂN (2)", first.name(), first.positionName(), "Tổng cộng", total,
                    "Nguyễn Khánh Vũ").doesNotContain("chưa đối chiếu");
            assertThat(text.indexOf("Phòng Tổng hợp")).as("collectives before individuals")
                    .isLessThan(text.indexOf(first.name()));
        }
    }

    @Test
    void certificates_are_printed_for_each_standing_recipient_with_the_register_number_not_for_a_revoked_one()
            throws IOException {
        DecisionDetails draft = officeDecision(number(), "Phó Chánh Văn phòng Tỉnh ủy", "Lê Thị Ánh");
        DecisionDetails recorded = decisions.record(draft.id(), draft.version());
        AwardRecord revoked = recorded.awards().stream().filter(a -> a.registerNo() == 701).findFirst().orElseThrow();
        DecisionDetails d = revocations.revokeAward(revoked.id(), revoked.version(),
                new Revocation(DATE, "Thành tích không đúng", "Điều 93 Luật Thi đua, khen thưởng"));

        List<CertificateDocument> all = documents.certificates(d.id());
        String text = DocumentText.of(documents.certificatesPdf(d.id()));

        assertThat(all).extracting(CertificateDocument::registerNo).containsExactly(699, 700);
        assertThat(all.getFirst().collective()).isTrue();
        assertThat(all.get(1).title()).as("CSTĐCS is an emulation title").isTrue();
        assertThat(text).contains("CHÁNH VĂN PHÒNG TỈNH ỦY QUẢNG TRỊ", "TẶNG DANH HIỆU", "CHIẾN SĨ THI ĐUA CƠ SỞ",
                "TẬP THỂ LAO ĐỘNG XUẤT SẮC", "Đồng chí " + all.get(1).recipientName(), "Số sổ vàng: 699",
                "Số sổ vàng: 700", "KT. CHÁNH VĂN PHÒNG TỈNH ỦY", "PHÓ CHÁNH VĂN PHÒNG TỈNH ỦY", "Lê Thị Ánh",
                "Quyết định số " + d.docNumber()).doesNotContain(revoked.name(), "Số sổ vàng: 701");
        Long cstdcs = d.awards().stream().filter(a -> a.registerNo() == 700).findFirst().orElseThrow().id();
        GeneratedFile certificate = runAs.as("xem", () -> documents.certificatePdf(d.id(), cstdcs));
        try (PDDocument one = Loader.loadPDF(certificate.content())) {
            assertThat(one.getNumberOfPages()).isEqualTo(1);
        }
        // Handing a document out is in the security audit: who took which file.
        AuditRecord handedOut = runAs.as("quantri", () -> audit.search(certificate.name(), PageRequest.of(0, 1,
                Sort.by(Sort.Direction.DESC, "occurredAt", "id")))).getContent().getFirst();
        assertThat(handedOut.action()).isEqualTo("DOWNLOAD");
        assertThat(handedOut.username()).isEqualTo("xem");
        assertThat(handedOut.summary()).isEqualTo(certificate.name() + " (" + certificate.content().length + " B)");
        assertThat(documents.certificatesZip(d.id()).name()).endsWith(".zip");
        assertRefused("document.noCertificates", () -> documents.certificatePdf(d.id(), revoked.id()));
    }

    @Test
    void a_draft_prints_as_a_decision_but_not_as_certificates_and_any_staff_member_may_print() throws IOException {
        DecisionDetails d = officeDecision(number(), "Chánh Văn phòng Tỉnh ủy", "Nguyễn Khánh Vũ");

        assertRefused("document.certificatesOnlyRecorded", () -> documents.certificates(d.id()));
        GeneratedFile asViewer = runAs.as("xem", () -> documents.decisionDocx(d.id()));
        assertThat(DocumentText.of(asViewer)).contains(d.docNumber());
    }

    @Test
    void a_state_body_decision_prints_with_the_national_heading() throws IOException {
        DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                NUMBERS.incrementAndGet() + "/QĐ-UBND", DATE, "Hà Sỹ Đồng", "Phó Chủ tịch UBND tỉnh", null, 2026,
                2026, null, null), null);

        String text = DocumentText.of(documents.decisionPdf(d.id()));

        assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: " + d.docNumber(), "Quảng Trị, ngày 20 tháng 11 năm 2026")
                .doesNotContain("ĐẢNG CỘNG SẢN");
    }
}
