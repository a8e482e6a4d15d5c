package vn.tdkt.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.tdkt.load.VaadinProtocol.Ui;
import vn.tdkt.support.TestProfiles;

/**
 * A user who logged in leaves the login page's UI behind for good; the session lets it go
 * instead of keeping it (and its components) until its heartbeats lapse a quarter of an hour
 * later. Spoken through Vaadin's own protocol, as {@link LoadSmokeIT} does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class SpentLoginPageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void once_the_application_opens_after_the_login_the_login_page_s_ui_is_gone_from_the_session() throws Exception {
        jdbc.update("DELETE FROM login_throttle");
        String csrf = VaadinProtocol.loginCsrf(get("/login"));
        Ui login = VaadinProtocol.bootstrap(get(VaadinProtocol.initPath("login")));
        login = VaadinProtocol.answered(login, uidl(login, VaadinProtocol.navigate(login, "login", true)));
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(VaadinProtocol.loginForm("xem", "Demo@2026", csrf))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.headers().firstValue("Location")).get().asString().doesNotContain("login");
        login = VaadinProtocol.answered(login, uidl(login, nothingNew(login)));

        get("/");
        Ui home = VaadinProtocol.bootstrap(get(VaadinProtocol.initPath("")));
        VaadinProtocol.answered(home, uidl(home, VaadinProtocol.navigate(home, "", true)));

        assertThat(VaadinProtocol.problem(uidl(login, nothingNew(login)))).contains("sessionExpired");
    }

    /** A message with no change in it, as a tab sends to learn what is new. */
    private static String nothingNew(Ui ui) {
        return "{\"csrfToken\":\"" + ui.csrfToken() + "\",\"rpc\":[],\"syncId\":" + ui.syncId() + ",\"clientId\":"
                + ui.clientId() + "}";
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
        return r.body();
    }

    private String uidl(Ui ui, String message) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + ui.uidlPath()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
