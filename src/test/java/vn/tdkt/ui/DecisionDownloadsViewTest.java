package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.ui.DecisionView;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** The decision page's printable documents, downloaded as a staff member would. */
class DecisionDownloadsViewTest extends KaribuTest {

    @Autowired
    AwardSearchService register;
    @Autowired
    DecisionService decisions;
    @Autowired
    TestData data;

    private static Anchor anchor(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    @Test
    void a_viewer_downloads_the_decision_and_every_certificate_of_a_recorded_decision() throws IOException {
        login("xem");
        AwardRow flag = register.page(new AwardQuery("1125-QĐ/VPTW", Set.of(), null, null, null, 2022, 2022,
                null, null, AwardQuery.Revoked.EXCLUDED), List.of(), 0, 1).getFirst();
        UI.getCurrent().navigate(DecisionView.class, flag.decisionId());

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
                DownloadKt._download(anchor("download-decision-docx"))))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains("BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG",
                    "Số 1125-QĐ/VPTW", "Hà Nội, ngày 12 tháng 10 năm 2022", "Văn phòng Tỉnh ủy Quảng Trị");
        }
        try (PDDocument pdf = Loader.loadPDF(DownloadKt._download(anchor("download-certificates-pdf")))) {
            assertThat(pdf.getNumberOfPages()).as("one page per flag").isEqualTo(7);
            assertThat(text(pdf)).contains("CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "TẶNG DANH HIỆU",
                    "CỜ THI ĐUA CỦA VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "Văn phòng Tỉnh ủy Quảng Trị", "Lê Minh Hưng");
        }
        @SuppressWarnings("unchecked")
        Grid<AwardRecord> recipients = _get(Grid.class, spec -> spec.withId("decision-recipients"));
        Anchor first = (Anchor) GridKt._getCellComponent(recipients, 0, "certificate");
        assertThat(first.getId()).hasValue("certificate-" + GridKt._get(recipients, 0).id());
        // The grid renders its cells in the browser; attached here, the link registers its download.
        UI.getCurrent().add(first);
        try (PDDocument one = Loader.loadPDF(DownloadKt._download(first))) {
            assertThat(one.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(DownloadKt._download(anchor("download-certificates-zip"))).startsWith(0x50, 0x4B);
        assertThat(DownloadKt._download(anchor("download-decision-pdf"))).startsWith('%', 'P', 'D', 'F');
    }

    @Test
    void a_draft_offers_the_decision_for_review_but_no_certificates() {
        login("thuongtruc");
        LocalDate date = LocalDate.of(2026, 11, 2);
        DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("van phong tinh uy quang tri"),
                Unique.code("QD").replace("_", "") + "-QĐ/VPTU", date, "Nguyễn Khánh Vũ", "Chánh Văn phòng Tỉnh ủy",
                null, 2026, 2026, null, null), null);

        UI.getCurrent().navigate(DecisionView.class, d.id());

        assertThat(anchor("download-decision-docx").getText()).contains("Quyết định (.docx)");
        _get(Anchor.class, spec -> spec.withId("download-decision-pdf"));
        _assertNone(Anchor.class, spec -> spec.withId("download-certificates-pdf"));
        _assertNone(Anchor.class, spec -> spec.withId("download-certificates-zip"));
    }

    private static String text(PDDocument doc) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
