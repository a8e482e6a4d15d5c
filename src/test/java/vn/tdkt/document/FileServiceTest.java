package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.service.FileService.FileRecord;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

@IntegrationTest
@WithUserDetails("thuongtruc")
class FileServiceTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    FileService files;
    @Autowired
    DecisionService decisions;
    @Autowired
    TestData data;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    /** A Word file whose document part is followed by entries of zeros, written piece by piece. */
    private static byte[] docx(int entries, long zerosPerEntry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p>Báo cáo thành tích</w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[64 * 1024];
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + e + ".bin"));
                for (long written = 0; written < zerosPerEntry; written += zeros.length) {
                    zip.write(zeros, 0, (int) Math.min(zeros.length, zerosPerEntry - written));
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void aWordFileWhoseEntryExpandsFarBeyondItsSizeIsRefused() throws IOException {
        byte[] bomb = docx(1, 200L * MB);
        assertThat(bomb.length).isLessThan(MB);
        assertRefused("error.file.zipBomb", () -> files.store("bao-cao.docx", bomb));
    }

    @Test
    void aWordFileWhoseEntriesTogetherExpandBeyondTheLimitIsRefused() throws IOException {
        // every entry 1 MB (below the ratio check), 110 of them: only the total gives it away
        byte[] bomb = docx(110, MB);
        assertRefused("error.file.zipBomb", () -> files.store("bao-cao.docx", bomb));
    }

    @Test
    void anOrdinaryWordFileIsStored() throws IOException {
        byte[] word = docx(3, 200 * 1024);
        assertThat(files.store("bao-cao.docx", word).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void uploads_no_record_took_are_swept_after_the_grace_period_and_attached_ones_stay() throws IOException {
        FileRecord abandoned = files.store("bao-cao-bo-do.docx", docx(1, 1024));
        FileRecord attached = files.store("ban-chup-quyet-dinh.pdf",
                "%PDF-1.4\n% bản chụp quyết định\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                System.nanoTime() % 1_000_000_000 + "/QĐ-UBND", LocalDate.of(2026, 11, 20), "Hà Sỹ Đồng",
                "Phó Chủ tịch UBND tỉnh", null, 2026, 2026, null, attached.id()), null);

        runAs.as("quantri", () -> files.sweep(clock.instant()));
        assertThat(files.describe(abandoned.id()).fileName()).as("within the day's grace").isEqualTo(
                "bao-cao-bo-do.docx");

        assertThat(runAs.as("quantri", () -> files.sweep(clock.instant().plusSeconds(1)))).isPositive();
        assertRefused("error.notFound", () -> files.describe(abandoned.id()));
        assertThat(files.content(attached.id()).bytes()).hasSize((int) attached.sizeBytes());
        assertDenied(() -> files.sweep(clock.instant()));
    }
}
