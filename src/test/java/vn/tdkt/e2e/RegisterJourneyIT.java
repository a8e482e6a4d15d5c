package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.DemoYears;

/**
 * The register as staff use it: a viewer finds the 2022 flag of Quảng Trị without typing
 * accents, finds only Trần Thị Thu Hà's lines by her name typed without accents and opens her
 * page with a streak; the secretary imports a legacy list with
 * a bad row and reads the report; the filtered list is exported and its rows checked.
 */
class RegisterJourneyIT extends BrowserJourney {

    private Locator gridCell(String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    private void searchRegister(String text, int year) {
        page.navigate(url("so-khen-thuong/tra-cuu"));
        page.locator("#register-year-from input").fill(String.valueOf(year));
        page.locator("#register-year-to input").fill(String.valueOf(year));
        page.locator("#register-search input").fill(text);
        page.locator("#register-search input").press("Enter");
    }

    /** How many register lines of a year the people of exactly this name have, read from their timelines. */
    private long linesOf(String fullName, int year) {
        UserDetails viewer = context.getBean(UserDetailsService.class).loadUserByUsername("xem");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                viewer, null, viewer.getAuthorities()));
        try {
            TimelineService timelines = context.getBean(TimelineService.class);
            return context.getBean(PersonService.class).page(new PersonFilter(fullName, null, true), 0, 50).stream()
                    .filter(p -> p.fullName().equals(fullName))
                    .flatMap(p -> timelines.person(p.id()).entries().stream())
                    .filter(e -> e.state() == AwardState.ACTIVE && e.yearFrom() <= year && e.year() >= year).count();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_viewer_finds_the_2022_flag_and_a_person_with_a_three_year_streak() {
        loginAs("xem");
        searchRegister("van phong tinh uy quang tri", 2022);
        assertThat(gridCell("Cờ thi đua của Văn phòng Trung ương Đảng").first()).isVisible();
        assertThat(page.locator("#register-grid")).containsText("1125-QĐ/VPTW");
        screenshot("register-search");

        page.locator("#register-search input").fill("tran thi thu ha");
        page.locator("#register-search input").press("Enter");
        // Only her lines: not "Trần Thị Thu Dung" of "Hành chính", nor anybody found by a unit's words.
        assertThat(page.locator("#register-total")).hasText(linesOf("Trần Thị Thu Hà", 2022) + " lượt khen thưởng");
        screenshot("register-name-search");
        page.locator("#register-grid a").getByText("Trần Thị Thu Hà").first().click();
        assertThat(page.locator("#person-streaks")).containsText(DemoYears.cstdcsStreak(context.getBean(Clock.class)));
        assertThat(page.locator("#person-timeline")).containsText("Bằng khen của Chánh Văn phòng Trung ương Đảng");
        screenshot("person-timeline");
    }

    @Test
    void the_secretary_imports_a_list_with_one_bad_row_and_downloads_the_report() throws IOException {
        loginAs("thuongtruc");
        page.navigate(url("so-khen-thuong/nhap-danh-sach"));
        String number = (100_000 + System.currentTimeMillis() % 800_000) + "/QĐ-UBND";
        byte[] file = workbook(List.of(
                new String[] {number, "20/01/2023", "UBND tỉnh Quảng Trị", "2022", "Bằng khen cấp bộ, ban, ngành, tỉnh",
                    "", "", "", "", "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị", "1", ""},
                new String[] {number, "20/01/2023", "Ủy ban nhân dân tỉnh Quảng Trị", "2022", "Giải thưởng không có",
                    "", "", "", "", "Phòng Quản trị – Tài vụ, Văn phòng Tỉnh ủy Quảng Trị", "2", ""}));
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("ds-cu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
        assertThat(page.locator("#import-summary")).containsText("1 lỗi", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#import-preview")).containsText("chưa có trong danh mục");
        screenshot("import-preview");

        Download download = page.waitForDownload(() -> page.locator("#import-report vaadin-button").click());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(Column.values().length + 1).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(sheet.getRow(2).getCell(Column.values().length + 2).getStringCellValue())
                    .contains("Giải thưởng không có");
        }

        page.locator("#import-commit").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog "
                + "vaadin-button[slot=confirm-button]").locator("visible=true").first().click();
        assertThat(page.locator("#import-summary")).containsText("Đã ghi 1 lượt khen thưởng");

        searchRegister(number, 2022);
        assertThat(page.locator("#register-total")).hasText("1 lượt khen thưởng");
    }

    @Test
    void the_exported_file_holds_exactly_the_filtered_rows() throws IOException {
        loginAs("xem");
        searchRegister("1125-QĐ/VPTW", 2022);
        assertThat(page.locator("#register-total")).hasText("7 lượt khen thưởng");
        Download download = page.waitForDownload(() -> page.locator("#register-export vaadin-button").click());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
            for (int r = 1; r <= 7; r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Cờ thi đua của Văn phòng Trung ương Đảng");
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo("1125-QĐ/VPTW");
            }
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("Văn phòng");
        }
    }

    @Test
    void the_secretary_opens_a_decision_the_statistics_and_the_honour_board() {
        loginAs("thuongtruc");
        searchRegister("1126-QĐ/VPTW", 2022);
        assertThat(page.locator("#register-total")).hasText("150 lượt khen thưởng");
        gridCell("1126-QĐ/VPTW").first().click();
        assertThat(page.locator("#decision-status")).hasText("Đã vào sổ");
        assertThat(page.getByText("Danh sách được khen (150)")).isVisible();
        assertThat(page.locator("#decision-revoke")).isVisible();
        screenshot("decision");

        page.navigate(url("so-khen-thuong/thong-ke"));
        assertThat(page.locator("#stats-summary")).containsText("Tổng số");
        assertThat(page.locator("#stats-pivot")).containsText("2022");
        screenshot("statistics");

        page.navigate(url("so-khen-thuong/vinh-danh"));
        page.locator("#honour-year input").fill("2022");
        page.locator("#honour-year input").press("Enter");
        assertThat(page.locator("#honour-board h2")).hasText("BẢNG VINH DANH NĂM 2022");
        assertThat(page.locator("#honour-board h3").first()).containsText("Cờ thi đua của Văn phòng Trung ương Đảng");
        screenshot("honour-board");
    }

    private static byte[] workbook(List<String[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("DS");
            Row head = sheet.createRow(0);
            for (Column c : Column.values()) {
                head.createCell(c.ordinal()).setCellValue(c.header());
            }
            int r = 1;
            for (String[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
