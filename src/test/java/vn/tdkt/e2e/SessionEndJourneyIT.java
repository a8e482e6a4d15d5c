package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tdkt.base.domain.Role;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;

/**
 * A user has the register open in their browser; the administrator, in another browser, sees
 * the session and disables the account; the user's next click is refused and lands on the login page.
 */
class SessionEndJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "Phien-Dang-Nhap-2026!";

    /** A fresh viewer account, created as the administrator would, so no demo account is touched. */
    private String newViewer() {
        String username = "phien.trinhduyet" + (System.nanoTime() % 100_000);
        UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("quantri");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            context.getBean(UserService.class).create(new UserForm(null, 0, username, "Trần Thị Phiên",
                    EnumSet.of(Role.VIEWER), null, PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return username;
    }

    private void logIn(Page on, String username, String password) {
        on.navigate(url("login"));
        on.waitForLoadState(LoadState.NETWORKIDLE);
        on.waitForFunction("() => !!document.querySelector('vaadin-login-form input[name=username]')");
        on.locator("input[name=username]").fill(username);
        on.locator("input[name=password]").fill(password);
        on.locator("input[name=password]").press("Enter");
        on.locator("#current-user").waitFor();
    }

    private void shoot(Page on, String name) {
        on.waitForTimeout(300);
        on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void a_user_disabled_by_the_administrator_is_refused_at_the_next_click_of_the_open_tab() {
        String username = newViewer();
        logIn(page, username, PASSWORD);
        page.navigate(url("so-khen-thuong/tra-cuu"));
        assertThat(page.locator("#register-total")).isVisible();
        // A download is not kept in the browser's or a proxy's cache either.
        String href = page.locator("#register-export").getAttribute("href");
        com.microsoft.playwright.APIResponse download = page.request().get(url(href.replaceFirst("^/", "")));
        org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(download.headers().get("cache-control")).contains("no-store");
        screenshot("40-session-user-working");

        Browser browser = page.context().browser();
        BrowserContext adminBrowser = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860)
                .setLocale("vi-VN"));
        try {
            Page admin = adminBrowser.newPage();
            admin.setDefaultTimeout(20_000);
            logIn(admin, "quantri", "Demo@2026");
            admin.navigate(url("quan-tri/phien-dang-nhap"));
            Locator userRow = admin.locator("vaadin-grid-cell-content").getByText(username,
                    new Locator.GetByTextOptions().setExact(true));
            assertThat(userRow).isVisible();
            assertThat(admin.locator("vaadin-grid-cell-content").getByText("Trần Thị Phiên")).isVisible();
            shoot(admin, "41-sessions-admin-sees-user");

            admin.navigate(url("quan-tri/nguoi-dung"));
            admin.locator("vaadin-text-field[placeholder='Tìm theo tên đăng nhập, họ tên'] input").fill(username);
            admin.locator("vaadin-grid-cell-content").getByText(username, new Locator.GetByTextOptions()
                    .setExact(true)).click();
            admin.locator("vaadin-button").getByText("Vô hiệu hóa", new Locator.GetByTextOptions().setExact(true))
                    .first().click();
            admin.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog "
                    + "vaadin-button[slot=confirm-button]").locator("visible=true").first().click();
            assertThat(admin.locator("vaadin-grid-cell-content").getByText("Đã vô hiệu hóa")).isVisible();

            // The user's open tab: the next click is a Vaadin request of the ended session.
            page.locator("vaadin-side-nav-item").getByText("Bảng vinh danh").first().click();
            page.waitForURL(u -> u.contains("/login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            assertThat(page.locator("#current-user")).hasCount(0);
            screenshot("42-session-refused-after-disable");

            admin.navigate(url("quan-tri/phien-dang-nhap"));
            // Earlier journeys' administrator sessions may still be open too.
            assertThat(admin.locator("vaadin-grid-cell-content").getByText("quantri",
                    new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
            assertThat(admin.locator("vaadin-grid-cell-content").getByText(username,
                    new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        } finally {
            adminBrowser.close();
        }
    }
}
