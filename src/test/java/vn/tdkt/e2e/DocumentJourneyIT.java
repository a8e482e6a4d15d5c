package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Staff print a decision's certificates from its page in the register, in a real browser. */
class DocumentJourneyIT extends BrowserJourney {

    private void openDecision(String number) {
        page.navigate(url("so-khen-thuong/tra-cuu"));
        page.locator("#register-year-from input").fill("2022");
        page.locator("#register-year-to input").fill("2022");
        page.locator("#register-search input").fill(number);
        page.locator("#register-search input").press("Enter");
        page.locator("vaadin-grid-cell-content").getByText(number, new Locator.GetByTextOptions().setExact(true))
                .first().click();
        assertThat(page.locator("#decision-status")).hasText("Đã vào sổ");
    }

    @Test
    void a_viewer_downloads_one_recipients_certificate_and_all_certificates_of_a_decision_with_150_recipients()
            throws IOException {
        loginAs("xem");
        openDecision("1125-QĐ/VPTW");
        assertThat(page.locator("#decision-documents")).containsText("Quyết định (PDF)");
        screenshot("decision-documents");

        Download one = page.waitForDownload(() -> page.locator("[id^=certificate-]").first().click());
        assertThat(one.suggestedFilename()).startsWith("Giấy chứng nhận khen thưởng Văn phòng Tỉnh ủy")
                .endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(one.path()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).contains("CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "TẶNG DANH HIỆU", "Số sổ vàng: 1");
        }

        openDecision("1126-QĐ/VPTW");
        long start = System.nanoTime();
        Download all = page.waitForDownload(() -> page.locator("#download-certificates-pdf").click());
        byte[] bytes = Files.readAllBytes(all.path());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("== all 150 certificates of 1126-QĐ/VPTW downloaded through the browser in " + ms
                + " ms, " + bytes.length + " bytes ==");
        assertThat(all.suggestedFilename()).isEqualTo("Giấy chứng nhận khen thưởng 1126-QĐ-VPTW.pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(150);
        }
    }

    private static String text(PDDocument doc) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
