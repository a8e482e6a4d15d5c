package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.document.service.FileService;
import vn.tdkt.support.IntegrationTest;

@IntegrationTest
@WithUserDetails("thuongtruc")
class FileServiceTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    FileService files;

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
}
