package vn.tdkt.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.decision.service.LegacyDecisionWriter.ImportOutcome;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.importing.service.ImportFiles;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.ImportRecords.PreviewRow;
import vn.tdkt.importing.service.ImportRecords.RowStatus;
import vn.tdkt.importing.service.LegacyListImport;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

@IntegrationTest
@WithUserDetails("thuongtruc")
class LegacyListImportServiceTest {

    @Autowired
    LegacyListImport importer;
    @Autowired
    ImportFiles files;
    @Autowired
    AwardSearchService register;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    RunAs runAs;

    private static final java.util.concurrent.atomic.AtomicLong NUMBERS =
            new java.util.concurrent.atomic.AtomicLong(100_000 + System.currentTimeMillis() % 80_000 * 10);

    static byte[] workbook(List<String[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("DS");
            Row head = sheet.createRow(0);
            for (Column c : Column.values()) {
                head.createCell(c.ordinal()).setCellValue(c.header());
            }
            int r = 1;
            for (String[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (values[c].startsWith("=")) {
                        row.createCell(c).setCellFormula(values[c].substring(1));
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String[] row(String number, String date, String award, String name, String birthYear,
            String unit) {
        return new String[] {number, date, "Ủy ban nhân dân tỉnh Quảng Trị", "2021", award, name, "", birthYear,
            "Chuyên viên", unit, "", ""};
    }

    @Test
    void a_list_is_checked_row_by_row_written_in_one_go_and_not_twice() throws IOException {
        String number = NUMBERS.incrementAndGet() + "/QĐ-UBND";
        PersonRecord known = people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"),
                false), 0, 1).getFirst();
        byte[] file = workbook(List.of(
                row(number, "15/01/2022", "Bằng khen cấp bộ, ban, ngành, tỉnh", known.fullName().toUpperCase(), "",
                        "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị"),
                row(number, "15/01/2022", "TTLDXS", "", "", "phong hanh chinh – luu tru, van phong tinh uy quang tri"),
                row(number, "15/01/2022", "Bằng khen cấp bộ, ban, ngành, tỉnh", "Nguyễn Văn Đã Nghỉ", "1950",
                        "Văn phòng Tỉnh ủy Quảng Trị"),
                row(number, "15/01/2022", "Huân chương Sao Băng", "Lê Văn Lỗi", "", "Văn phòng Tỉnh ủy Quảng Trị"),
                row(number, "15/01/2099", "LDTT", "Lê Văn Tương Lai", "", "Văn phòng Tỉnh ủy Quảng Trị"),
                row(number, "=DATE(2022,1,15)", "LDTT", "Lê Văn Công Thức", "", "Văn phòng Tỉnh ủy Quảng Trị")));

        ImportPreview preview = importer.preview("ds-2021.xlsx", file, p -> { });

        assertThat(preview.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.READY, RowStatus.READY,
                RowStatus.NEW_PERSON, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR);
        assertThat(preview.rows().getFirst().award().personId()).isEqualTo(known.id());
        assertThat(preview.rows().get(3).issues()).extracting(i -> i.key()).contains("import.issue.unknownAward");
        assertThat(preview.rows().get(4).issues()).extracting(i -> i.key()).contains("import.issue.futureDate");
        assertThat(preview.rows().get(5).issues()).extracting(i -> i.key()).contains("import.issue.formula");

        ImportOutcome outcome = importer.commit(preview);
        assertThat(outcome.awardsAdded()).isEqualTo(3);
        assertThat(outcome.decisionsCreated()).isEqualTo(1);
        assertThat(register.count(AwardQuery.all().withText(number))).isEqualTo(3);

        ImportPreview again = importer.preview("ds-2021.xlsx", file, p -> { });
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.importable()).isZero();
        assertRefused("error.import.nothingToImport", () -> importer.commit(again));
        assertThat(register.count(AwardQuery.all().withText(number))).isEqualTo(3);

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        files.report(preview, i -> i.key(), s -> s, report);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(report.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(6);
            assertThat(book.getSheetAt(0).getRow(4).getCell(Column.values().length + 2).getStringCellValue())
                    .contains("import.issue.unknownAward");
        }
    }

    @Test
    void the_downloadable_template_is_itself_a_valid_import_file() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.template(out);
        ImportPreview preview = importer.preview("mau.xlsx", out.toByteArray(), p -> { });
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows()).noneMatch(r -> r.issues().stream()
                .anyMatch(i -> i.key().equals("import.issue.required") || i.key().equals("import.issue.date")));
    }

    @Test
    void files_that_are_not_spreadsheets_or_are_hostile_are_refused_cleanly() throws IOException {
        byte[] pdf = "%PDF-1.4 not a workbook".getBytes(StandardCharsets.US_ASCII);
        assertRefused("error.import.notXlsx", () -> importer.preview("ds.xlsx", pdf, p -> { }));

        byte[] corrupt = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertRefused("error.import.notXlsx", () -> importer.preview("ds.xlsx", corrupt, p -> { }));

        byte[] bomb = millionEmptyRows();
        BusinessException refusal = assertRefused("error.import.emptyRows",
                () -> importer.preview("bomb.xlsx", bomb, p -> { }));
        assertThat(refusal.getArgs()).containsExactly(10_000);
    }

    @Test
    void only_the_secretary_and_the_administrator_import() throws IOException {
        byte[] file = workbook(List.<String[]>of());
        runAs.as("canbo.tonghop", () -> assertDenied(() -> importer.preview("ds.xlsx", file, p -> { })));
        runAs.as("xem", () -> assertDenied(() -> importer.preview("ds.xlsx", file, p -> { })));
    }

    /** A workbook whose only sheet has a header and a million empty rows: tiny zipped, huge unzipped. */
    static byte[] millionEmptyRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Số quyết định</t></is></c></row>");
            for (int r = 2; r <= 1_000_001; r++) {
                sheet.append("<row r=\"").append(r).append("\"/>");
            }
            put(zip, "xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
