package vn.tdkt.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.load.VaadinProtocol.Ui;

/**
 * The users of {@code src/deploy/db-restart-check.sh}: while the script kills and restarts the
 * database under the running application, they log in again and again and read pages, and one
 * user keeps a single session open throughout. Every answer is classified as a user would read it
 * (the page, the "database temporarily unavailable" message, or anything else: an error page, a
 * "wrong password", a Vaadin failure); at the end every acknowledged login is looked up in the audit
 * trail, and the timings of the outage are printed. Exits 0 when everything held.
 * <p>
 * {@code java -cp … vn.tdkt.load.DbRestartClient <app url> <jdbc url> <db user> <db password> <control dir>};
 * the script writes {@code stopped}, {@code ready} (epoch milliseconds) and {@code done} there.
 */
public final class DbRestartClient {

    private static final String PASSWORD = "Demo@2026";
    private static final String OUTAGE_TEXT = "không kết nối được cơ sở dữ liệu";
    private static final String WRONG_PASSWORD = "mật khẩu không đúng";
    private static final List<String> PAGES = List.of("so-khen-thuong/tra-cuu", "to-chuc/don-vi",
            "so-khen-thuong/thong-ke");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    enum Kind { OK, UNAVAILABLE, BAD }

    record Observation(String user, String step, Kind kind, long sent, long received, String detail) {
    }

    record Login(String user, long sent, long received) {
    }

    private final String base;
    private final Path control;
    private final List<Observation> observations = Collections.synchronizedList(new ArrayList<>());
    private final List<Login> acknowledged = Collections.synchronizedList(new ArrayList<>());

    private DbRestartClient(String base, Path control) {
        this.base = base;
        this.control = control;
    }

    /** One browser: its own cookies, its own Vaadin UI. */
    private final class Browser {
        private final String user;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private Ui ui;

        Browser(String user) {
            this.user = user;
        }

        /** Logs in; true when the application acknowledged it (redirect to the home page, home opens). */
        boolean login() throws IOException, InterruptedException {
            String csrf = VaadinProtocol.loginCsrf(send(get("/login")).body());
            long sent = System.currentTimeMillis();
            HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(VaadinProtocol.loginForm(user, PASSWORD, csrf))));
            long received = System.currentTimeMillis();
            String to = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() == 302 && !to.contains("login")) {
                acknowledged.add(new Login(user, sent, received));
                observe("login", Kind.OK, sent, "");
                ui = null;
                return open("");
            }
            if (posted.statusCode() != 302) {
                observe("login", Kind.BAD, sent, "HTTP " + posted.statusCode());
                return false;
            }
            // What the login page then says: the form's error message comes with the view, which the
            // page-load navigation to login?error creates.
            ui = VaadinProtocol.bootstrap(send(get(VaadinProtocol.initPath("login"))).body());
            String answer = uidl(VaadinProtocol.navigate(ui, "login", true)
                    .replace("\"query\":\"\"", "\"query\":\"error\""));
            ui = null;
            String page = answer == null ? "UIDL refused" : readable(answer);
            Kind kind = page.contains(OUTAGE_TEXT) && !page.contains(WRONG_PASSWORD) ? Kind.UNAVAILABLE : Kind.BAD;
            observe("login page", kind, sent, kind == Kind.BAD ? abbreviate(page) : "");
            return false;
        }

        /** Opens a page: at a page load (no UI yet) through the bootstrap, otherwise as a menu click. */
        boolean open(String route) throws IOException, InterruptedException {
            long sent = System.currentTimeMillis();
            String answer;
            if (ui == null) {
                send(get("/" + route));
                HttpResponse<String> init = send(get(VaadinProtocol.initPath(route)));
                if (init.statusCode() != 200) {
                    observe(route, Kind.BAD, sent, "HTTP " + init.statusCode());
                    return false;
                }
                ui = VaadinProtocol.bootstrap(init.body());
                answer = uidl(VaadinProtocol.navigate(ui, route, true));
            } else {
                answer = uidl(VaadinProtocol.navigate(ui, route, false));
            }
            if (answer == null) {
                observe(route, Kind.BAD, sent, "UIDL refused");
                ui = null;
                return false;
            }
            String text = readable(answer);
            Kind kind = text.contains(OUTAGE_TEXT) ? Kind.UNAVAILABLE
                    : looksBroken(text) ? Kind.BAD : Kind.OK;
            observe(route.isEmpty() ? "home" : route, kind, sent, kind == Kind.BAD ? abbreviate(text) : "");
            return kind == Kind.OK;
        }

        private String uidl(String body) throws IOException, InterruptedException {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + ui.uidlPath()))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (r.statusCode() != 200 || VaadinProtocol.problem(r.body()) != null) {
                return null;
            }
            ui = VaadinProtocol.answered(ui, r.body());
            return r.body();
        }

        private HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).GET();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private void observe(String step, Kind kind, long sent, String detail) {
            observations.add(new Observation(user, step, kind, sent, System.currentTimeMillis(), detail));
        }
    }

    private static boolean looksBroken(String answer) {
        return answer.contains("Exception") || answer.contains("There was an exception")
                || answer.contains("lỗi ngoài dự kiến") || answer.contains("Internal Server Error");
    }

    private static String readable(String json) {
        Matcher m = UNICODE_ESCAPE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    /** The part of an answer a reader needs: around the first sign of trouble, else its start. */
    private static String abbreviate(String s) {
        int at = -1;
        for (String marker : List.of(WRONG_PASSWORD, "Exception", "lỗi ngoài dự kiến", "Internal Server Error")) {
            at = at < 0 ? s.indexOf(marker) : at;
        }
        int from = Math.max(0, at - 150);
        return s.substring(from, Math.min(s.length(), from + 300));
    }

    private boolean done() {
        return Files.exists(control.resolve("done"));
    }

    private long mark(String name) throws IOException {
        Path file = control.resolve(name);
        return Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : -1;
    }

    /** Logs in, reads the pages, starts a new session (a new login), again and again. */
    private void relogging(String user) {
        int page = 0;
        while (!done()) {
            try {
                Browser browser = new Browser(user);
                if (browser.login()) {
                    for (int i = 0; i < 3 && !done(); i++) {
                        browser.open(PAGES.get(page++ % PAGES.size()));
                        Thread.sleep(300);
                    }
                }
                Thread.sleep(500);
            } catch (IOException | RuntimeException e) {
                observations.add(new Observation(user, "request", Kind.BAD, System.currentTimeMillis(),
                        System.currentTimeMillis(), e.toString()));
                sleep();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One session from before the outage to after it, never logging in again. */
    private void staying(String user) {
        Browser browser = new Browser(user);
        try {
            if (!browser.login()) {
                throw new IllegalStateException("the staying user could not log in before the outage");
            }
            int page = 0;
            while (!done()) {
                browser.open(PAGES.get(page++ % PAGES.size()));
                Thread.sleep(700);
            }
        } catch (IOException | RuntimeException e) {
            observations.add(new Observation(user, "session", Kind.BAD, System.currentTimeMillis(),
                    System.currentTimeMillis(), e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The acknowledged logins that have no LOGIN record of that user at that time (±2 s). */
    private List<Login> missingFromAudit(String jdbcUrl, String dbUser, String dbPassword) throws Exception {
        Map<String, List<Long>> recorded = new ConcurrentHashMap<>();
        try (var connection = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
                var statement = connection.createStatement()) {
            statement.execute("SET time_zone = '+00:00'");
            try (ResultSet rs = statement.executeQuery("SELECT username, "
                    + "ROUND(UNIX_TIMESTAMP(occurred_at) * 1000) FROM audit_event WHERE action = 'LOGIN'")) {
                while (rs.next()) {
                    recorded.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        List<Login> missing = new ArrayList<>();
        for (Login login : acknowledged) {
            List<Long> times = recorded.getOrDefault(login.user(), new ArrayList<>());
            Long match = times.stream().filter(t -> t >= login.sent() - 2000 && t <= login.received() + 2000)
                    .findFirst().orElse(null);
            if (match == null) {
                missing.add(login);
            } else {
                times.remove(match);
            }
        }
        return missing;
    }

    public static void main(String[] args) throws Exception {
        DbRestartClient client = new DbRestartClient(args[0], Path.of(args[4]));
        List<Thread> users = new ArrayList<>();
        for (String user : List.of("xem", "chutich", "thuongtruc", "uyvien1")) {
            users.add(Thread.ofPlatform().name(user).start(() -> client.relogging(user)));
        }
        users.add(Thread.ofPlatform().name("uyvien2").start(() -> client.staying("uyvien2")));
        for (Thread t : users) {
            t.join();
        }
        System.exit(client.report(args[1], args[2], args[3]) ? 0 : 1);
    }

    private boolean report(String jdbcUrl, String dbUser, String dbPassword) throws Exception {
        long stopped = mark("stopped");
        long ready = mark("ready");
        List<Observation> all = new ArrayList<>(observations);
        List<String> failures = new ArrayList<>();
        List<Observation> bad = all.stream().filter(o -> o.kind() == Kind.BAD).toList();
        bad.stream().limit(5).forEach(o -> System.out.println("  bad answer: " + o));
        if (!bad.isEmpty()) {
            failures.add(bad.size() + " answers neither the page nor the 'database unavailable' message");
        }
        long okBefore = all.stream().filter(o -> o.kind() == Kind.OK && o.received() < stopped).count();
        List<Observation> during = all.stream()
                .filter(o -> o.kind() == Kind.UNAVAILABLE && o.sent() >= stopped && o.sent() < ready).toList();
        long firstError = during.stream().mapToLong(Observation::received).min().orElse(-1);
        long slowest = during.stream().mapToLong(o -> o.received() - o.sent()).max().orElse(-1);
        long loginMessages = during.stream().filter(o -> o.step().equals("login page")).count();
        long recovered = all.stream().filter(o -> o.kind() == Kind.OK && o.sent() >= ready)
                .mapToLong(Observation::received).min().orElse(-1);
        boolean sessionKept = all.stream().anyMatch(o -> o.user().equals("uyvien2") && o.kind() == Kind.OK
                && o.sent() >= ready);
        long loginsAfter = acknowledged.stream().filter(l -> l.sent() >= ready).count();
        List<Login> missing = missingFromAudit(jdbcUrl, dbUser, dbPassword);

        System.out.printf("answers: %d (ok %d before the outage), unavailable during the outage %d "
                + "(login page %d), bad %d%n", all.size(), okBefore, during.size(), loginMessages, bad.size());
        System.out.printf("time to first 'unavailable' message after the database stopped: %d ms%n",
                firstError < 0 ? -1 : firstError - stopped);
        System.out.printf("slowest answer during the outage: %d ms%n", slowest);
        System.out.printf("time to the first good answer after the database was ready: %d ms%n",
                recovered < 0 ? -1 : recovered - ready);
        System.out.printf("acknowledged logins: %d (%d after the outage), missing from the audit trail: %d%n",
                acknowledged.size(), loginsAfter, missing.size());
        missing.stream().limit(5).forEach(l -> System.out.println("  missing: " + l));

        if (okBefore == 0) {
            failures.add("nothing worked before the outage");
        }
        if (during.isEmpty() || loginMessages == 0) {
            failures.add("no 'database unavailable' message on a page and on the login page during the outage");
        }
        if (slowest > 10_000) {
            failures.add("an answer during the outage took " + slowest + " ms");
        }
        if (recovered < 0 || recovered - ready > 30_000) {
            failures.add("the application did not serve again within 30 s of the database being back");
        }
        if (!sessionKept) {
            failures.add("the session opened before the outage did not continue after it");
        }
        if (loginsAfter == 0) {
            failures.add("no login succeeded after the outage");
        }
        if (!missing.isEmpty()) {
            failures.add(missing.size() + " acknowledged logins are not in the audit trail");
        }
        failures.forEach(f -> System.out.println("FAIL: " + f));
        return failures.isEmpty();
    }
}
