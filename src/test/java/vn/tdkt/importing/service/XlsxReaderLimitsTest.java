package vn.tdkt.importing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.tdkt.base.service.BusinessException;

/**
 * Files past the import's limits are refused with a message that names the limit, not as a
 * damaged file: both are small zipped (under the 20 MB upload limit) and far larger unzipped
 * than the 100 MB POI would hold in memory.
 */
class XlsxReaderLimitsTest {

    private static final int MAX_BYTES = 20 * 1024 * 1024;

    @Test
    void a_sheet_of_200_000_rows_is_refused_for_its_rows() throws IOException {
        byte[] file = workbook(sheet -> {
            Random random = new Random(1);
            for (int r = 1; r <= 200_000; r++) {
                StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\">");
                for (int c = 0; c < 12; c++) {
                    row.append("<c t=\"inlineStr\"><is><t>Nguyễn Văn ")
                            .append(Integer.toHexString(random.nextInt(4096))).append("</t></is></c>");
                }
                sheet.write(row.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(file.length).isLessThan(MAX_BYTES);

        BusinessException refusal = catchThrowableOfType(BusinessException.class,
                () -> XlsxReader.read(file, MAX_BYTES, 100_000));

        assertThat(refusal.getMessageKey()).isEqualTo("error.import.tooManyRows");
        assertThat(refusal.getArgs()).containsExactly(100_000);
    }

    @Test
    void a_zip_bomb_is_refused_as_one() throws IOException {
        // One cell of 250 MB: compressed 30 times, under POI's ratio guard, over its size guard.
        byte[] file = workbook(sheet -> {
            sheet.write("<row r=\"1\"><c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.US_ASCII));
            Random random = new Random(2);
            byte[] block = new byte[100_000];
            for (int i = 0; i < 2_500; i++) {
                for (int j = 0; j < block.length; j++) {
                    block[j] = j % 100 == 0 ? (byte) ('a' + random.nextInt(26)) : (byte) 'x';
                }
                sheet.write(block);
            }
            sheet.write("</t></is></c></row>".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(file.length).isLessThan(MAX_BYTES);

        BusinessException refusal = catchThrowableOfType(BusinessException.class,
                () -> XlsxReader.read(file, MAX_BYTES, 100_000));

        assertThat(refusal.getMessageKey()).isEqualTo("error.import.zipBomb");
    }

    interface SheetRows {
        void write(OutputStream sheet) throws IOException;
    }

    private static byte[] workbook(SheetRows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                    + "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
                    + "name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            rows.write(zip);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
