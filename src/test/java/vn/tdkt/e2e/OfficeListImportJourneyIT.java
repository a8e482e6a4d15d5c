package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.support.OfficeLists;

/**
 * The secretary imports a list as an office keeps it (title block, sections, "Ông"/"Bà",
 * money, total, signature): the mapping step comes prefilled from the title and headers, the
 * list is checked and written, and its people are found in the register.
 */
class OfficeListImportJourneyIT extends BrowserJourney {

    @Test
    void the_secretary_imports_an_office_list_through_the_mapping_step_and_finds_its_people() throws IOException {
        loginAs("thuongtruc");
        page.navigate(url("so-khen-thuong/nhap-danh-sach"));
        String number = (100_000 + System.currentTimeMillis() % 800_000) + "-QĐ/VPTU";
        byte[] file = OfficeLists.officeList(number, "Hoàng Văn Chưa Có", Gender.MALE, "Vũ Thị Trình Duyệt",
                "Ngô Văn Trình Duyệt");
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("ds-ldtt-2018.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));

        Locator mapping = page.locator("#import-mapping");
        assertThat(mapping).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("#import-doc-number input")).hasValue(number);
        assertThat(page.locator("#import-issuer input")).hasValue("Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(page.locator("#import-award input")).hasValue("Lao động tiên tiến");
        assertThat(page.locator("#import-years input")).hasValue("2018");
        assertThat(page.locator("#import-map-B")).containsText("Họ và tên");
        screenshot("import-mapping");

        page.locator("#import-check").click();
        assertThat(page.locator("#import-summary")).containsText("3 dòng", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(30_000));
        assertThat(page.locator("#import-summary")).containsText("0 lỗi");
        assertThat(page.locator("#import-preview")).containsText("Vũ Thị Trình Duyệt");
        screenshot("import-office-preview");

        page.locator("#import-commit").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog "
                + "vaadin-button[slot=confirm-button]").locator("visible=true").first().click();
        assertThat(page.locator("#import-summary")).containsText("Đã ghi 3 lượt khen thưởng");

        page.navigate(url("so-khen-thuong/tra-cuu"));
        page.locator("#register-year-from input").fill("2018");
        page.locator("#register-year-to input").fill("2018");
        page.locator("#register-search input").fill("vu thi trinh duyet");
        page.locator("#register-search input").press("Enter");
        assertThat(page.locator("#register-total")).hasText("1 lượt khen thưởng");
        assertThat(page.locator("#register-grid")).containsText("Vũ Thị Trình Duyệt");
        assertThat(page.locator("#register-grid")).containsText(number);
        assertThat(page.locator("#register-grid")).containsText("Lao động tiên tiến");
        screenshot("import-office-register");
    }
}
