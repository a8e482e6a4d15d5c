package vn.tdkt.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Every generated document opened again and read the way a user would read it. */
class DocumentServiceTest {

    private final DocumentService documents = new DocumentService();

    @Test
    void the_decision_in_word_carries_the_party_heading_the_articles_and_the_attached_list_with_its_total()
            throws IOException {
        byte[] docx = documents.decisionDocx(SampleDocuments.decision(SampleDocuments.VPTU, 3));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("TỈNH ỦY QUẢNG TRỊ", "VĂN PHÒNG", "Số 12-QĐ/VPTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Quảng Trị, ngày 20 tháng 11 năm 2026", "QUYẾT ĐỊNH", "Về việc khen thưởng thành tích năm 2026",
                    "CHÁNH VĂN PHÒNG TỈNH ỦY", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "QUYẾT ĐỊNH:",
                    "Điều 1. Tặng danh hiệu", "Điều 2. Quyết định này", "Nơi nhận:", "Nguyễn Khánh Vũ",
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                    "(Kèm theo Quyết định số 12-QĐ/VPTU ngày 20 tháng 11 năm 2026 của Chánh Văn phòng Tỉnh ủy "
                            + "Quảng Trị)",
                    "I. TẬP THỂ (1)", "II. CÁ NHÂN (3)", "Nguyễn Thị Hường", "Phó Trưởng phòng, Phòng Tổng hợp",
                    "Chiến sĩ thi đua cơ sở", "2.340.000", "Tổng cộng", "7.270.000");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(r -> r.getFontFamily()).distinct()).containsExactly("Times New Roman");
            CTSectPr page = doc.getDocument().getBody().getSectPr();
            assertThat(page.getPgSz().getW()).hasToString("11906");
            assertThat(page.getPgSz().getH()).hasToString("16838");
            assertThat(page.getPgMar().getLeft()).hasToString(String.valueOf(Math.round(30 * 1440 / 25.4)));
            assertThat(doc.getTables()).as("heading, signature and list").hasSize(3);
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("TỈNH ỦY QUẢNG TRỊ");
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        }
    }

    @Test
    void the_decision_as_pdf_reads_the_same_with_every_diacritic_on_a4_with_embedded_fonts() throws IOException {
        byte[] pdf = documents.decisionPdf(SampleDocuments.decision(SampleDocuments.VPTU, 3));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("TỈNH ỦY QUẢNG TRỊ", "Số 12-QĐ/VPTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Quảng Trị, ngày 20 tháng 11 năm 2026", "Về việc khen thưởng thành tích năm 2026",
                    "CHÁNH VĂN PHÒNG TỈNH ỦY", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
                    "Điều 1. Tặng danh hiệu “Chiến sĩ thi đua cơ sở”", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                    "Nguyễn Thị Hường", "Phòng Hành chính – Tổ chức", "Tổng cộng", "7.270.000");
            assertThat(doc.getNumberOfPages()).as("the list starts on a page of its own").isEqualTo(2);
            assertThat(text(doc, 2)).startsWith("DANH SÁCH");
            assertA4(doc, false);
            assertEmbedded(doc);
            screenshot(doc, 0, "decision-page-1.png");
            screenshot(doc, 1, "decision-list.png");
        }
    }

    @Test
    void a_state_issuer_writes_the_national_motto_and_a_state_number_line() throws IOException {
        var d = SampleDocuments.decision(SampleDocuments.UBND, 1);

        try (PDDocument doc = Loader.loadPDF(documents.decisionPdf(d));
                XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.decisionDocx(d)))) {
            for (String text : List.of(text(doc), new XWPFWordExtractor(word).getText())) {
                assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Số: 12-QĐ/VPTU").doesNotContain("ĐẢNG CỘNG SẢN");
            }
        }
    }

    @Test
    void a_certificate_is_a_landscape_a4_page_with_the_authority_the_title_the_recipient_and_the_register_number()
            throws IOException {
        byte[] pdf = documents.certificatesPdf(List.of(SampleDocuments.certificate("Nguyễn Thị Hường", 42)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertA4(doc, true);
            assertEmbedded(doc);
            String text = text(doc);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHÁNH VĂN PHÒNG TỈNH ỦY QUẢNG TRỊ",
                    "TẶNG DANH HIỆU", "CHIẾN SĨ THI ĐUA CƠ SỞ", "Đồng chí Nguyễn Thị Hường",
                    "Phó Trưởng phòng, Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị",
                    "Đã có thành tích xuất sắc trong phong trào thi đua \"Tham mưu giỏi, phục vụ tốt\" năm 2026",
                    "Quyết định số 12-QĐ/VPTU", "ngày 20 tháng 11 năm 2026", "Số sổ vàng: 42",
                    "Quảng Trị, ngày 20 tháng 11 năm 2026", "Nguyễn Khánh Vũ");
            BufferedImage image = screenshot(doc, 0, "certificate.png");
            assertThat(image.getWidth()).isGreaterThan(image.getHeight());
        }
    }

    @Test
    void a_commendation_certificate_says_tang_and_a_deputy_signs_on_behalf_without_a_register_number()
            throws IOException {
        var c = SampleDocuments.formCertificate();

        try (PDDocument doc = Loader.loadPDF(documents.certificatesPdf(List.of(c)));
                XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.certificatesDocx(
                        List.of(c))))) {
            for (String text : List.of(text(doc), new XWPFWordExtractor(word).getText())) {
                assertThat(text).contains("TẶNG", "GIẤY KHEN", "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị",
                        "KT. CHÁNH VĂN PHÒNG TỈNH ỦY", "PHÓ CHÁNH VĂN PHÒNG TỈNH ỦY", "Lê Thị Ánh")
                        .doesNotContain("TẶNG DANH HIỆU", "Số sổ vàng", "Đồng chí");
            }
            CTSectPr page = word.getDocument().getBody().getSectPr();
            assertThat(page.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(page.getPgBorders()).as("the decorative border").isNotNull();
        }
    }

    @Test
    void all_certificates_print_one_page_each_in_one_pdf_or_one_file_each_in_a_zip() throws IOException {
        var all = List.of(SampleDocuments.certificate("Nguyễn Thị Hường", 42),
                SampleDocuments.certificate("Trần Văn Đức", 43), SampleDocuments.certificate("Lê Văn Ánh", null));

        try (PDDocument doc = Loader.loadPDF(documents.certificatesPdf(all))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(text(doc, 2)).contains("Đồng chí Trần Văn Đức", "Số sổ vàng: 43");
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(documents.certificatesZip(all, true)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                names.add(e.getName());
                try (PDDocument one = Loader.loadPDF(zip.readAllBytes())) {
                    assertThat(one.getNumberOfPages()).isEqualTo(1);
                }
            }
        }
        assertThat(names).containsExactly("so-vang-42-Nguyen-Thi-Huong.pdf", "so-vang-43-Tran-Van-Duc.pdf",
                "003-Le-Van-Anh.pdf");
    }

    @Test
    void the_minutes_show_attendance_written_opinions_each_tally_and_the_conclusion() throws IOException {
        var m = SampleDocuments.minutes();

        try (PDDocument doc = Loader.loadPDF(documents.minutesPdf(m));
                XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(m)))) {
            assertEmbedded(doc);
            screenshot(doc, 0, "minutes.png");
            for (String text : List.of(text(doc), new XWPFWordExtractor(word).getText())) {
                assertThat(text).contains("TỈNH ỦY QUẢNG TRỊ", "BIÊN BẢN", "Số 05-BB/VPTU",
                        "Có mặt 2/3 thành viên Hội đồng", "Phạm Văn Ướt", "Đi công tác, có phiếu ý kiến",
                        "Ý KIẾN BẰNG VĂN BẢN", "KẾT QUẢ BỎ PHIẾU", "8/9", "88,9 %", "77,8 %", "Không đạt", "Đạt",
                        "KẾT LUẬN", "THƯ KÝ", "CHỦ TỌA", "Lê Thị Ánh");
            }
        }
    }

    @Test
    void the_submission_is_addressed_to_the_higher_body_with_the_list_of_those_proposed() throws IOException {
        var s = SampleDocuments.submission();

        try (PDDocument doc = Loader.loadPDF(documents.submissionPdf(s));
                XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.submissionDocx(s)))) {
            assertEmbedded(doc);
            screenshot(doc, 0, "submission.png");
            for (String text : List.of(text(doc), new XWPFWordExtractor(word).getText())) {
                assertThat(text).contains("TỜ TRÌNH", "Số 07-TTr/VPTU",
                        "Về việc đề nghị tặng Bằng khen của Chánh Văn phòng Trung ương Đảng",
                        "Kính gửi: Văn phòng Trung ương Đảng", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                        "(Kèm theo Tờ trình số 07-TTr/VPTU ngày 20 tháng 11 năm 2026", "Nguyễn Thị Hường");
            }
        }
    }

    @Test
    void days_below_ten_and_months_below_three_are_written_with_a_zero() {
        assertThat(DocumentParts.longDate(java.time.LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(DocumentParts.longDate(java.time.LocalDate.of(2026, 11, 20))).isEqualTo(
                "ngày 20 tháng 11 năm 2026");
    }

    @Test
    void file_names_fold_to_ascii_for_old_browsers_and_stay_readable_otherwise() {
        assertThat(FileNames.ascii("Quyết định 12-QĐ/VPTU.pdf")).isEqualTo("Quyet-dinh-12-QD-VPTU.pdf");
        assertThat(FileNames.readable("Quyết định 12-QĐ/VPTU.pdf")).isEqualTo("Quyết định 12-QĐ-VPTU.pdf");
    }

    /** A page as a picture in target/screenshots, to look at. */
    static BufferedImage screenshot(PDDocument doc, int page, String name) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 110);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name).toFile());
        return image;
    }

    static String text(PDDocument doc) throws IOException {
        return clean(new PDFTextStripper().getText(doc));
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return clean(stripper.getText(doc)).strip();
    }

    /** Lines joined with spaces, NFC as the app stores text. */
    private static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    static void assertA4(PDDocument doc, boolean landscape) {
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            float w = Math.round(box.getWidth());
            float h = Math.round(box.getHeight());
            int rotation = page.getRotation();
            boolean wide = (w > h) != (rotation % 180 != 0);
            assertThat(Math.min(w, h)).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
            assertThat(Math.max(w, h)).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
            assertThat(wide).as("landscape").isEqualTo(landscape);
        }
    }

    static void assertEmbedded(PDDocument doc) throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
                fonts++;
            }
        }
        assertThat(fonts).isPositive();
    }
}
