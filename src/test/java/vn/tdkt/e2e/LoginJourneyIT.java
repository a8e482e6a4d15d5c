package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginJourneyIT extends BrowserJourney {

    private void submit(String username, String password) {
        openLogin();
        typeCredentials(username, password);
        page.waitForURL(u -> u.contains("error"));
    }

    @Test
    void a_wrong_password_is_explained_in_vietnamese_and_repeated_failures_lock_the_account() {
        submit("uyvien7", "sai-mat-khau");
        assertThat(page.locator("vaadin-login-form")).containsText("Tên đăng nhập hoặc mật khẩu không đúng");

        for (int i = 0; i < 4; i++) {
            submit("uyvien7", "sai-mat-khau");
        }
        submit("uyvien7", "Demo@2026");

        assertThat(page.locator("vaadin-login-form")).containsText("Tài khoản đang bị khóa tạm thời");
        screenshot("10-login-locked");
    }

    @Test
    void logging_out_returns_to_the_login_page() {
        loginAs("chutich");
        logout();
        page.navigate(url("to-chuc/don-vi"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void a_user_can_switch_the_interface_to_english_and_back() {
        loginAs("xem");
        assertThat(page.locator("vaadin-side-nav", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Tổ chức"))).containsText("Đơn vị");

        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item").getByText("English").click();

        assertThat(page.locator("vaadin-side-nav", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Organisation"))).containsText("Units");
        assertThat(page.locator("#logout")).containsText("Log out");
        screenshot("11-english");
        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item").getByText("Tiếng Việt").click();
        assertThat(page.locator("#logout")).containsText("Đăng xuất");
    }

    @Test
    void an_unknown_address_and_the_date_picker_speak_vietnamese() {
        loginAs("xem");
        page.navigate(url("so-khen-thuong/khong-co-trang-nay"));
        assertThat(page.locator("#page-not-found")).containsText("Không có trang nào ở địa chỉ này");
        assertThat(page.locator("body")).not().containsText("so-khen-thuong/tra-cuu");

        page.navigate(url("danh-muc/luong-co-so"));
        page.locator("vaadin-date-picker input").first().click();
        assertThat(page.getByText("Hôm nay")).isVisible();
        assertThat(page.getByText("Hủy", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)))
                .isVisible();
        screenshot("12-date-picker");
    }
}
