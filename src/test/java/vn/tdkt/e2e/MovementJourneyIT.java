package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.Unique;

/**
 * The first half of the yearly cycle: the secretary launches a movement and opens
 * registration, a unit officer registers their unit and people and is refused another
 * unit, the secretary follows completeness and exports the list.
 */
class MovementJourneyIT extends BrowserJourney {

    private void pickFromComboBox(String id, String query, String label) {
        page.locator("#" + id + " input").fill(query);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item").locator("visible=true")
                .getByText(label, new Locator.GetByTextOptions().setExact(true)).first().click();
        // A multi-select stays open after a pick. (Escape on a single combo box would clear it.)
        if (page.locator("#" + id).evaluate("e => e.localName").equals("vaadin-multi-select-combo-box")) {
            page.keyboard().press("Escape");
        }
        assertThat(page.locator("#" + id)).not().hasAttribute("invalid", "");
    }

    private void pickFromSelect(Locator select, String label) {
        select.click();
        page.locator("vaadin-select-item").locator("visible=true")
                .getByText(label, new Locator.GetByTextOptions().setExact(true)).click();
    }

    @Test
    void the_secretary_launches_a_movement_and_a_unit_officer_registers_for_it() throws IOException {
        String name = "Thi đua thử nghiệm " + Unique.code("E2E");
        loginAs("thuongtruc");
        page.navigate(url("thi-dua/phong-trao"));
        page.locator("#movement-add").click();
        page.locator("#movement-name input").fill(name);
        pickFromComboBox("movement-launching-unit", "van phong tinh uy quang tri", "Văn phòng Tỉnh ủy Quảng Trị");
        page.locator("#movement-doc-number input").fill("15-KH/VPTU");
        page.locator("#movement-doc-date input").fill("05/01/" + DemoYears.thisYear(context.getBean(Clock.class)));
        page.locator("#movement-doc-date input").press("Enter");
        pickFromComboBox("movement-scope", "van phong tinh uy quang tri", "Văn phòng Tỉnh ủy Quảng Trị");
        pickFromComboBox("movement-awards", "tap the lao dong", "Tập thể lao động tiên tiến");
        pickFromComboBox("movement-awards", "lao dong tien tien", "Lao động tiên tiến");
        page.locator("#criterion-add").click();
        page.locator("#criterion-add").click();
        page.locator(".criterion-name input").nth(0).fill("Chất lượng tham mưu");
        page.locator(".criterion-points input").nth(0).fill("60");
        page.locator(".criterion-name input").nth(1).fill("Kỷ luật, kỷ cương");
        page.locator(".criterion-points input").nth(1).fill("40");
        page.locator(".criterion-points input").nth(1).press("Tab");
        assertThat(page.locator("#criteria-total")).hasText("Tổng: 100/100 điểm");
        screenshot("20-movement-editor");
        page.locator("#dialog-save").click();

        assertThat(page.locator("#movement-title")).hasText(name);
        assertThat(page.locator("#movement-status")).hasText("Dự thảo");
        page.locator("#movement-to-launched").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#movement-status")).hasText("Đã phát động");
        page.locator("#movement-to-in_progress").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#movement-status")).hasText("Đang thực hiện");
        screenshot("21-movement-launched");

        page.getByText("Đăng ký thi đua", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))
                .locator("visible=true").first().click();
        page.locator("#registration-window-change").click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#registration-window")).containsText("Đang mở đăng ký");
        String movementUrl = page.url();

        // The unit officer registers Phòng Tổng hợp and one of its people.
        logout();
        loginAs("canbo.tonghop");
        page.navigate(url("thi-dua/dang-ky"));
        pickFromComboBox("registration-movement", name, name);
        assertThat(page.locator("#registration-window")).containsText("Đang mở đăng ký");
        pickFromSelect(page.locator("#registration-collective"), "Tập thể lao động tiên tiến");
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Đã lưu đăng ký");
        pickFromSelect(page.locator(".registration-title").first(), "Lao động tiên tiến");
        assertThat(page.locator("#registration-count")).containsText("Đã đăng ký 1/");
        screenshot("22-registration-officer");

        // A link to another unit's sheet is refused by the server.
        String movementId = movementUrl.substring(movementUrl.lastIndexOf('/') + 1);
        page.navigate(url("thi-dua/dang-ky?phong-trao=" + movementId + "&don-vi=" + otherUnitId()));
        assertThat(page.locator("#registration-message")).containsText("không có quyền");
        screenshot("23-registration-other-unit-refused");

        // The secretary sees who has registered and exports the list.
        logout();
        loginAs("thuongtruc");
        page.navigate(movementUrl);
        page.getByText("Đăng ký thi đua", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))
                .locator("visible=true").first().click();
        Locator row = page.locator("vaadin-grid-cell-content")
                .getByText("Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(row).isVisible();
        screenshot("24-registration-completeness");
        Download download = page.waitForDownload(() -> page.locator("#registration-export vaadin-button").click());
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row r : book.getSheetAt(0)) {
                StringBuilder line = new StringBuilder();
                r.forEach(c -> line.append(c.toString()).append('|'));
                lines.add(line.toString());
            }
        }
        assertThat(lines).anyMatch(l -> l.startsWith("Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị")
                && l.contains("Tập thể: Tập thể lao động tiên tiến"));
        assertThat(lines).anyMatch(l -> l.startsWith("1.0|") && l.endsWith("Lao động tiên tiến|"));
    }

    @Test
    void the_secretary_sees_the_year_at_a_glance_and_the_finished_bloc_round() {
        loginAs("thuongtruc");
        page.navigate(url("thi-dua/tong-quan"));
        assertThat(page.locator("#dashboard-movements")).containsText("Tham mưu giỏi, phục vụ tốt");
        assertThat(page.locator("#dashboard-deadlines")).containsText("Đăng ký thi đua năm");
        assertThat(page.locator("#dashboard-scoring")).hasCount(1);
        screenshot("25-dashboard");

        // Last year's finished round of the provincial offices' bloc, with the flag proposal.
        page.navigate(url("thi-dua/phong-trao"));
        page.locator("vaadin-grid-cell-content")
                .getByText("Văn phòng cấp ủy thi đua \"Tham mưu giỏi, phục vụ tốt\"").click();
        page.getByText("Chấm điểm khối, cụm", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))
                .locator("visible=true").first().click();
        pickFromComboBox("scoring-bloc", "bac trung bo", "Khối thi đua Văn phòng các tỉnh ủy Bắc Trung Bộ");
        assertThat(page.locator("#scoring-state")).hasText("Đã khóa kết quả");
        assertThat(page.locator("#scoring-proposal")).containsText("Cờ thi đua của Văn phòng Trung ương Đảng");
        screenshot("26-bloc-scoring");
    }

    /** Phòng Hành chính – Lưu trữ, read from the registry the way the app itself would. */
    private long otherUnitId() {
        return context.getBean(vn.tdkt.organization.domain.UnitRepository.class).findAll().stream()
                .filter(u -> u.getCode().equals("QT_HCLT")).findFirst().orElseThrow().getId();
    }
}
