package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.Unique;

class OrganizationJourneyIT extends BrowserJourney {

    @Test
    void a_viewer_finds_the_provincial_office_by_searching_without_accents() {
        loginAs("xem");
        page.navigate(url("to-chuc/don-vi"));
        page.locator("#unit-search input").fill("quang tri");
        // The search applies after a short pause; the office is also in the unfiltered tree.
        assertThat(page.getByText("Văn phòng Tỉnh ủy Hậu Giang")).hasCount(0);

        Locator row = page.locator("vaadin-grid-cell-content").getByText("Văn phòng Tỉnh ủy Quảng Trị",
                new Locator.GetByTextOptions().setExact(true));
        assertThat(row).isVisible();
        // A click on the name of a unit with children folds it; selecting goes through another cell.
        page.locator("vaadin-grid-cell-content").getByText("VPTU_QT", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("#unit-details-title")).hasText("Văn phòng Tỉnh ủy Quảng Trị");
        screenshot("01-units-search-viewer");

        // The people list is open to a viewer, without the personal columns (gender, birth year, party).
        page.navigate(url("to-chuc/can-bo"));
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Họ và tên",
                new Locator.GetByTextOptions().setExact(true))).isVisible();
        for (String personal : java.util.List.of("Năm sinh", "Giới tính", "Đảng viên")) {
            assertThat(page.locator("vaadin-grid-cell-content").getByText(personal,
                    new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        }
        screenshot("01b-people-viewer-without-personal-columns");

        // Typing the address of an admin view does not open it for a viewer.
        page.navigate(url("quan-tri/nguoi-dung"));
        assertThat(page.locator("#access-denied")).hasText("Đồng chí không có quyền mở trang này. Nếu cần, hãy đề nghị "
                + "quản trị hệ thống cấp quyền.");
        assertThat(page.locator("#user-add")).hasCount(0);
        // Nor does the list of users show (the signed-in viewer's own name stays in the header).
        assertThat(page.getByText("Lê Thị Hồng Nhung")).hasCount(0);
        assertThat(page.locator("h1.tdkt-view-title")).hasText("Không có quyền truy cập");
        screenshot("02-viewer-denied-admin-view");
    }

    @Test
    void an_administrator_creates_a_unit_and_sees_it_in_the_tree() {
        loginAs("quantri");
        page.navigate(url("to-chuc/don-vi"));
        String code = Unique.code("E2E");

        page.locator("#unit-add-root").click();
        page.locator("#unit-code input").fill(code);
        page.locator("#unit-name input").fill("Ban Thi đua – Khen thưởng thử nghiệm");
        screenshot("03-unit-dialog-admin");
        page.locator("#dialog-save").click();

        assertThat(page.locator("vaadin-notification-card")).containsText("Đã lưu đơn vị");
        page.locator("#unit-search input").fill("ban thi dua khen thuong thu nghiem");
        assertThat(page.locator("vaadin-grid-cell-content").getByText(code)).isVisible();
        screenshot("04-unit-created-admin");
    }

    @Test
    void the_main_screens_render_in_vietnamese() {
        loginAs("quantri");
        assertThat(page.locator("#home-welcome")).containsText("Xin chào, Quản trị hệ thống");
        screenshot("00-home-admin");
        page.navigate(url("to-chuc/can-bo"));
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị")
                .first()).isVisible();
        screenshot("05-people");
        page.locator("#person-search input").fill("nguyen khanh vu");
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Nguyễn Khánh Vũ")).isVisible();
        page.navigate(url("danh-muc/khen-thuong"));
        page.locator("vaadin-grid-cell-content").getByText("Cờ thi đua của Văn phòng Trung ương Đảng").click();
        assertThat(page.getByText("Nghị định 152/2025/NĐ-CP").first()).isVisible();
        screenshot("06-award-types");
        page.navigate(url("danh-muc/luong-co-so"));
        assertThat(page.getByText("2.340.000 đồng")).isVisible();
        screenshot("07-base-salary");
        page.navigate(url("to-chuc/khoi-thi-dua"));
        page.locator("vaadin-grid-cell-content").getByText("KHOI_BTB").click();
        assertThat(page.getByText("Văn phòng Tỉnh ủy Nghệ An").first()).isVisible();
        screenshot("08-blocs");
        page.navigate(url("quan-tri/nguoi-dung"));
        assertThat(page.locator("vaadin-grid-cell-content").getByText("canbo.tonghop")).isVisible();
        screenshot("09-users");
    }
}
