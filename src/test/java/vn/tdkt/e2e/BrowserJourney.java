package vn.tdkt.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.tdkt.support.TestProfiles;

/**
 * The running application on a random port, driven by Debian's headless Chromium.
 * Runs under Failsafe in its own JVM: a second Spring context in the Surefire JVM would
 * replace the global security-context strategy that the other tests rely on.
 * Without Chromium the tests are skipped, unless {@code -Dtdkt.test.browser=required}
 * (CI) makes that a failure. Nothing is ever downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
abstract class BrowserJourney {

    private static final Path CHROMIUM = Path.of(System.getProperty("tdkt.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    /** Keeps what the browser showed when a journey failed, next to the other screenshots. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestExecutionExceptionHandler failureScreenshot = (context, cause) -> {
        if (this.page != null && !this.page.isClosed()) {
            this.screenshot("failed-" + context.getRequiredTestMethod().getName());
        }
        throw cause;
    };

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    Page page;

    @BeforeAll
    static void launchBrowser() {
        boolean required = "required".equals(System.getProperty("tdkt.test.browser"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new IllegalStateException("Chromium is required but missing at " + CHROMIUM);
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM);
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Every journey starts with no failed-login counts: all of them log in from 127.0.0.1 on a
     * clock that stands still, so one journey's deliberate wrong passwords would otherwise make
     * the next journey's logins wait (the address throttle never decays in a frozen clock).
     */
    @BeforeEach
    void openPage() {
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("DELETE FROM login_throttle");
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("vi-VN"))
                .newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens the login page and waits until its web components are live, so typing is not lost. */
    void openLogin() {
        page.navigate(url("login"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForFunction("() => !!customElements.get('vaadin-login-form') "
                + "&& !!document.querySelector('vaadin-login-form input[name=username]')");
    }

    /** Types the credentials and checks they are in the fields before submitting. */
    void typeCredentials(String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("input[name=username]"))
                .hasValue(username);
        page.locator("input[name=password]").press("Enter");
    }

    /**
     * Logs in with the demo password and fails at once, with a screenshot and the page's
     * address, if the application does not open. There is no retry: a submit that lands on an
     * empty login form is what a user would see too. It came from the PWA service worker
     * (removed): its requests still carried the pre-login session id after Spring Security
     * had changed the id on login, the server answered them with a fresh anonymous session,
     * and that cookie replaced the logged-in one.
     */
    void loginAs(String username) {
        openLogin();
        typeCredentials(username, "Demo@2026");
        try {
            page.waitForURL(u -> !u.contains("/login") || u.contains("error"));
            page.locator("#current-user").waitFor();
        } catch (RuntimeException e) {
            String shot = "failed-login-" + username;
            screenshot(shot);
            throw new AssertionError("Login as " + username + " did not open the application; the browser shows "
                    + page.url() + " (see " + SCREENSHOTS.resolve(shot + ".png") + ")", e);
        }
    }

    void logout() {
        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));
        page.locator("vaadin-login-form").waitFor();
    }

    void screenshot(String name) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
