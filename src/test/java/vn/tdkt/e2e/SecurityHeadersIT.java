package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.tdkt.support.TestProfiles;

/**
 * The real server (Tomcat, Vaadin's pages, Spring Security) spoken to byte by byte, as an
 * attacker would: what the browser is told in headers and cookies, a forged Host header, a
 * login posted without the form's token. The same application context as the browser journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class SecurityHeadersIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    record Response(int status, List<String> headers, String body) {

        String header(String name) {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)
                    + ":")).map(h -> h.substring(h.indexOf(':') + 1).strip()).findFirst().orElse(null);
        }

        String sessionCookie() {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie: jsessionid="))
                    .findFirst().orElse(null);
        }
    }

    /** One HTTP/1.1 request with exactly these header lines; the connection closes after it. */
    private Response send(String method, String path, String body, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean host = false;
            for (String h : headers) {
                request.append(h).append("\r\n");
                host |= h.toLowerCase(Locale.ROOT).startsWith("host:");
            }
            if (!host) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(content.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, split).split("\r\n");
            List<String> lines = new ArrayList<>(List.of(head).subList(1, head.length));
            return new Response(Integer.parseInt(head[0].split(" ")[1]), lines, text.substring(split + 4));
        }
    }

    private static String cookie(Response r) {
        String setCookie = r.sessionCookie();
        return "Cookie: " + setCookie.substring("set-cookie: ".length(), setCookie.indexOf(';'));
    }

    private static String form(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    @Test
    void a_forged_host_header_never_reaches_a_redirect() throws IOException {
        Response r = send("GET", "/so-khen-thuong/tra-cuu", null, "Host: evil.example");

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).isEqualTo("/login").doesNotContain("evil");
    }

    @Test
    void the_load_balancer_learns_that_a_node_is_alive_and_nothing_else_and_no_session_is_made_for_it()
            throws IOException {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            Response alive = send("GET", probe, null);

            assertThat(alive.status()).as(probe).isEqualTo(200);
            assertThat(alive.body()).as(probe).contains("{\"status\":\"UP\"}");
            assertThat(alive.sessionCookie()).as("a check every few seconds must not leave sessions behind").isNull();
        }
        for (String other : List.of("/actuator/health", "/actuator/env", "/actuator/beans")) {
            Response r = send("GET", other, null);
            assertThat(r.status()).as(other).isIn(302, 401, 403, 404);
            assertThat(r.body()).as(other).doesNotContain("\"status\"").doesNotContain("spring.");
        }
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_the_id_never_appears_in_a_url() throws IOException {
        Response login = send("GET", "/login", null);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.sessionCookie()).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .contains("Path=/");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        Response anonymous = send("GET", "/so-khen-thuong/tra-cuu", null);
        assertThat(anonymous.header("Location")).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void the_vaadin_pages_carry_the_content_security_policy_and_are_not_cached() throws IOException {
        Response login = send("GET", "/login", null);

        assertThat(login.header("Content-Security-Policy")).as(login.headers().toString())
                .contains("frame-ancestors 'self'")
                .contains("default-src 'self'").contains("object-src 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(login.header("Cache-Control")).contains("no-store");
    }

    @Test
    void a_login_posted_without_the_pages_token_is_refused_and_with_it_succeeds() throws IOException {
        Response page = send("GET", "/login", null);
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries Spring's CSRF token for Vaadin's login form").isTrue();
        String session = cookie(page);

        Response forged = send("POST", "/login", form("username", "xem", "password", "Demo@2026"), session,
                "Origin: https://evil.example");
        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.header("Location")).isEqualTo("/login");

        Response real = send("POST", "/login", form("username", "xem", "password", "Demo@2026", "_csrf",
                token.group(1)), session, "Origin: http://localhost:" + port);
        assertThat(real.status()).isEqualTo(302);
        assertThat(real.header("Location")).isEqualTo("/");
    }
}
