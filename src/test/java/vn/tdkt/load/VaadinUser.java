package vn.tdkt.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import vn.tdkt.load.VaadinProtocol.ProtocolException;
import vn.tdkt.load.VaadinProtocol.Ui;

/**
 * One simulated user as a plain HTTP client with its own cookies, walking the load scenario
 * through {@link VaadinProtocol}: log in, open the register, type a search, scroll, open a
 * person's timeline, open the statistics. The Gatling simulation sends the same messages; this
 * client is what {@link LoadSmokeIT} runs in every build.
 */
public final class VaadinUser {

    /** The register's search text every simulated user types (matches "Hà", "Hải", "Thu Hà"… unaccented). */
    public static final String SEARCH = "ha";

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Consumer<String> timing;
    private Ui ui;
    private String lastAnswer = "";
    private final List<Long> people = new ArrayList<>();
    private int gridNode = -1;
    private int searchNode = -1;

    /** {@code timing} receives one line per request: its name and milliseconds. */
    public VaadinUser(String baseUrl, Consumer<String> timing) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        this.timing = timing;
    }

    /** The whole journey, without think times. */
    public void journey(String username, String password) throws IOException, InterruptedException {
        login(username, password);
        openRegister();
        search(SEARCH);
        scroll(50);
        openTimeline();
        openStatistics();
    }

    public void login(String username, String password) throws IOException, InterruptedException {
        String csrf = VaadinProtocol.loginCsrf(get("login page", "/login").body());
        ui = VaadinProtocol.bootstrap(get("login bootstrap", VaadinProtocol.initPath("login")).body());
        uidl("login view", VaadinProtocol.navigate(ui, "login", true));
        HttpResponse<String> posted = send("login", HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(VaadinProtocol.loginForm(username, password, csrf))));
        String to = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || to.contains("login")) {
            throw new ProtocolException("login as " + username + " refused: " + posted.statusCode() + " → " + to);
        }
        get("home page", "/");
        ui = VaadinProtocol.bootstrap(get("home bootstrap", VaadinProtocol.initPath("")).body());
        uidl("home view", VaadinProtocol.navigate(ui, "", true));
    }

    /** Opens the register from the menu; returns the node of its search field. */
    public int openRegister() throws IOException, InterruptedException {
        String answer = uidl("register", VaadinProtocol.navigate(ui, "so-khen-thuong/tra-cuu", false));
        gridNode = VaadinProtocol.nodeWithId(answer, "register-grid")
                .orElseThrow(() -> new ProtocolException("the register has no grid"));
        people.addAll(VaadinProtocol.personLinks(answer));
        confirm(answer);
        searchNode = VaadinProtocol.nodeWithId(answer, "register-search")
                .orElseThrow(() -> new ProtocolException("the register has no search field"));
        return searchNode;
    }

    public List<Long> search(String text) throws IOException, InterruptedException {
        String answer = uidl("search", VaadinProtocol.type(ui, searchNode, text));
        people.addAll(VaadinProtocol.personLinks(answer));
        confirm(answer);
        return VaadinProtocol.personLinks(answer);
    }

    public void scroll(int firstRow) throws IOException, InterruptedException {
        String answer = uidl("scroll", VaadinProtocol.scroll(ui, gridNode, firstRow, 50));
        people.addAll(VaadinProtocol.personLinks(answer));
        confirm(answer);
    }

    public void openTimeline() throws IOException, InterruptedException {
        if (people.isEmpty()) {
            throw new ProtocolException("the register showed nobody's timeline link");
        }
        uidl("timeline", VaadinProtocol.navigate(ui, "so-khen-thuong/ca-nhan/" + people.getLast(), false));
    }

    public void openStatistics() throws IOException, InterruptedException {
        uidl("statistics", VaadinProtocol.navigate(ui, "so-khen-thuong/thong-ke", false));
    }

    private void confirm(String answer) throws IOException, InterruptedException {
        OptionalInt update = VaadinProtocol.updateToConfirm(answer, gridNode);
        if (update.isPresent()) {
            uidl("confirm", VaadinProtocol.confirmUpdate(ui, gridNode, update.getAsInt()));
        }
    }

    /** The value of one of this user's cookies (e.g. the balancer's node cookie), or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public String lastAnswer() {
        return lastAnswer;
    }

    private String uidl(String name, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = send(name, HttpRequest.newBuilder(URI.create(base + ui.uidlPath()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.statusCode() != 200) {
            throw new ProtocolException(name + ": HTTP " + r.statusCode());
        }
        ui = VaadinProtocol.answered(ui, r.body());
        lastAnswer = r.body();
        if (System.getProperty("load.dump") != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("load.dump"), name + ".json"), r.body());
        }
        return r.body();
    }

    private HttpResponse<String> get(String name, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(name, HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (r.statusCode() != 200) {
            throw new ProtocolException(name + ": HTTP " + r.statusCode() + " for " + path);
        }
        return r;
    }

    private HttpResponse<String> send(String name, HttpRequest.Builder request) throws IOException,
            InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        timing.accept(name + " " + (System.nanoTime() - start) / 1_000_000);
        return r;
    }

    /** One user's journey against a running application: {@code java … VaadinUser http://localhost:8080 xem}. */
    public static void main(String[] args) throws Exception {
        VaadinUser user = new VaadinUser(args[0], System.out::println);
        user.journey(args.length > 1 ? args[1] : "xem", args.length > 2 ? args[2] : "Demo@2026");
        System.out.println("journey done; last answer " + user.lastAnswer().length() + " chars");
    }
}
