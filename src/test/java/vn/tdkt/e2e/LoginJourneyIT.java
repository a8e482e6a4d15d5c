package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;

class LoginJourneyIT extends BrowserJourney {

    private void submit(String username, String password) {
        openLogin();
        typeCredentials(username, password);
        page.waitForURL(u -> u.contains("error"));
    }

    @Test
    void a_wrong_password_is_explained_in_vietnamese_and_repeated_failures_make_the_next_attempt_wait() {
        submit("uyvien7", "sai-mat-khau");
        assertThat(page.locator("vaadin-login-form")).containsText("Tên đăng nhập hoặc mật khẩu không đúng");

        for (int i = 0; i < 4; i++) {
            submit("uyvien7", "sai-mat-khau");
        }
        submit("uyvien7", "Demo@2026");

        assertThat(page.locator("vaadin-login-form")).containsText("Đã có nhiều lần đăng nhập không thành công. "
                + "Vui lòng thử lại sau");
        screenshot("10-login-locked");
    }

    /** Runs {@code action} as an administrator on the test thread (the browser has its own session). */
    private <T> T asAdministrator(java.util.function.Supplier<T> action) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "quantri", null, org.springframework.security.core.authority.AuthorityUtils
                                .createAuthorityList("ROLE_ADMIN")));
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private java.util.List<AuditRecord> audit(String username) {
        AuditService audit = context.getBean(AuditService.class);
        return asAdministrator(() -> audit.search(username, org.springframework.data.domain.PageRequest.of(0, 50,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("id"))))
                .getContent().stream().filter(r -> r.username().equals(username)).toList());
    }

    @Test
    void a_wrong_password_reads_the_same_for_an_unknown_name_and_a_disabled_account_which_is_told_only_after_the_right_one() {
        UserService users = context.getBean(UserService.class);
        String name = vn.tdkt.support.Unique.code("nghi").toLowerCase();
        String password = "Gió Lào thổi qua cầu Hiền Lương";
        asAdministrator(() -> {
            UserRecord user = users.create(new UserForm(null, 0, name, "Cán Bộ Đã Nghỉ",
                    java.util.EnumSet.of(vn.tdkt.base.domain.Role.VIEWER), null, password));
            return users.setEnabled(user.id(), user.version(), false);
        });

        String wrong = "Tên đăng nhập hoặc mật khẩu không đúng. Sau nhiều lần sai, mỗi lần thử tiếp theo phải chờ lâu hơn.";
        submit("khong.co.ai", "sai-mat-khau");
        assertThat(page.locator("vaadin-login-form")).containsText(wrong);
        submit(name, "sai-mat-khau");
        assertThat(page.locator("vaadin-login-form")).containsText(wrong);
        assertThat(page.locator("vaadin-login-form")).not().containsText("vô hiệu hóa");
        screenshot("13-login-disabled-wrong-password");

        submit(name, password);
        assertThat(page.locator("vaadin-login-form")).containsText("Tài khoản đã bị vô hiệu hóa");
        screenshot("14-login-disabled-after-right-password");

        // The audit trail has each attempt with the address the browser posted from.
        org.assertj.core.api.Assertions.assertThat(audit(name)).extracting(AuditRecord::action).containsExactly("LOGIN_DISABLED", "LOGIN_FAILED");
        org.assertj.core.api.Assertions.assertThat(audit(name)).allSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r.sourceAddress())
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
        org.assertj.core.api.Assertions.assertThat(audit("khong.co.ai")).extracting(AuditRecord::action).contains("LOGIN_UNKNOWN");
    }

    @Test
    void a_login_and_a_logout_are_audited_with_the_address_of_the_browser() {
        loginAs("chutich");
        logout();

        java.util.List<AuditRecord> trail = audit("chutich");
        org.assertj.core.api.Assertions.assertThat(trail.subList(0, 2)).extracting(AuditRecord::action).containsExactly("LOGOUT", "LOGIN");
        org.assertj.core.api.Assertions.assertThat(trail.subList(0, 2)).allSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r.sourceAddress())
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
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
