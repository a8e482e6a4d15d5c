package vn.tdkt.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    /** Whose Giấy khen the secretary records: issuer and award as the demo data names them. */
    public static final String ISSUER_FILTER = "van phong tinh uy quang tri";
    public static final String ISSUER = "Văn phòng Tỉnh ủy Quảng Trị";
    public static final String AWARD = "Giấy khen";
    /** Typed into the recipient field; the first person offered is taken (Quảng Trị's staff in the demo data). */
    public static final List<String> RECIPIENTS = List.of("tran thi thu ha", "vo huu hai");
    /** The movement the officer registers for, and the titles a person's registration alternates between. */
    public static final String MOVEMENT_FILTER = "tham muu gioi";
    public static final String MOVEMENT = "Tham mưu giỏi, phục vụ tốt";
    public static final List<String> TITLES = List.of("Lao động tiên tiến", "Giấy khen");
    /** What the answers show when a write went through (decision status badge, registration notification). */
    public static final String RECORDED = "Đã vào sổ";
    public static final String REGISTRATION_SAVED = "Đã lưu đăng ký.";
    private static final String TITLE_PREFIX = "registration-title-";

    /** A registration the server acknowledged: person, emulation year and title (mv_registration's row). */
    public record SavedRegistration(long personId, int year, String title) {
    }

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

    /**
     * A unique, well-formed decision number ({@code 120003/QĐ-VPTU-L179594247}): the sequence from
     * the simulated user and its iteration, the suffix from the run, so reruns against the same
     * database never collide (the number is unique per issuer and year).
     */
    public static String decisionNumber(long run, long user, int iteration) {
        return ((user % 9_999 + 1) * 100 + iteration % 100) + "/QĐ-VPTU-L" + run;
    }

    /**
     * The secretary enters a Giấy khen decision with {@link #RECIPIENTS} and records it in the
     * register: the decisions list, the decision form, a recipient form per person, "Vào sổ" and
     * its confirmation. Returns the number once the answer shows the decision recorded.
     */
    public String recordDecision(String number, LocalDate date) throws IOException, InterruptedException {
        String answer = uidl("decisions", VaadinProtocol.navigate(ui, "so-khen-thuong/quyet-dinh", false));
        answer = uidl("decision form", VaadinForms.click(ui, node(answer, "decision-add")));
        int dialog = VaadinForms.nodesWithTag(answer, "vaadin-dialog").getLast();
        int numberNode = node(answer, "decision-number");
        int dateNode = node(answer, "decision-date");
        int from = node(answer, "decision-year-from");
        int to = node(answer, "decision-year-to");
        int save = node(answer, "dialog-save");
        pick("decision issuer", node(answer, "decision-issuer"), ISSUER_FILTER, ISSUER);
        uidl("decision number", VaadinForms.setText(ui, numberNode, number));
        uidl("decision date", VaadinForms.setDate(ui, dateNode, date));
        uidl("decision years", VaadinForms.setInteger(ui, from, date.getYear()));
        uidl("decision years", VaadinForms.setInteger(ui, to, date.getYear()));
        answer = closeDialog("decision save", VaadinForms.click(ui, save), dialog);
        for (String person : RECIPIENTS) {
            answer = uidl("recipient form", VaadinForms.click(ui, node(answer, "decision-add-recipient")));
            dialog = VaadinForms.nodesWithTag(answer, "vaadin-dialog").getLast();
            save = node(answer, "dialog-save");
            int personNode = node(answer, "recipient-person");
            pick("recipient award", node(answer, "recipient-award"), "giay khen", AWARD);
            pick("recipient person", personNode, person, null);
            answer = closeDialog("recipient save", VaadinForms.click(ui, save), dialog);
        }
        answer = uidl("decision record", VaadinForms.click(ui, node(answer, "decision-record")));
        int confirmDialog = VaadinForms.nodesWithTag(answer, "vaadin-confirm-dialog").getLast();
        answer = uidl("record decision", VaadinForms.confirm(ui, confirmDialog));
        if (!VaadinForms.shows(answer, RECORDED) || VaadinProtocol.nodeWithId(answer, "decision-status").isEmpty()) {
            throw new ProtocolException("decision " + number + " not shown as recorded");
        }
        confirmGrids(answer);
        uidl("dialog closed", VaadinForms.closed(ui, confirmDialog));
        return number;
    }

    /**
     * The unit officer opens the registration of their unit, chooses {@link #MOVEMENT} and the
     * year, and gives the person in row {@code row} (modulo the rows) the first of {@link #TITLES}
     * they do not have yet, so every save changes something; returns what the server acknowledged
     * with its "saved" notification.
     */
    public SavedRegistration saveRegistration(int year, int row) throws IOException, InterruptedException {
        // From the home page: navigating to the view already open would keep it as the last save left it.
        uidl("home", VaadinProtocol.navigate(ui, "", false));
        String answer = uidl("registration", VaadinProtocol.navigate(ui, "thi-dua/dang-ky", false));
        int yearNode = node(answer, "registration-year");
        confirmGrids(answer);
        pick("registration movement", node(answer, "registration-movement"), MOVEMENT_FILTER, MOVEMENT);
        String sheet = uidl("registration year", VaadinForms.setInteger(ui, yearNode, year));
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(
                VaadinForms.nodesWithIdPrefix(sheet, TITLE_PREFIX).entrySet());
        if (rows.isEmpty()) {
            throw new ProtocolException("the registration sheet of " + year + " lists nobody");
        }
        Map.Entry<String, Integer> chosen = rows.get(Math.floorMod(row, rows.size()));
        String current = VaadinForms.property(sheet, chosen.getValue(), "value").orElse("");
        String title = TITLES.stream().filter(t -> !current.equals(VaadinForms.selectKey(sheet, chosen.getValue(), t).orElse(null)))
                .findFirst().orElseThrow();
        String key = VaadinForms.selectKey(sheet, chosen.getValue(), title)
                .orElseThrow(() -> new ProtocolException("the registration sheet offers no " + title));
        confirmGrids(sheet);
        String saved = uidl("save registration", VaadinForms.selectPick(ui, chosen.getValue(), key));
        if (!VaadinForms.shows(saved, REGISTRATION_SAVED)) {
            throw new ProtocolException("registration of " + chosen.getKey() + " not acknowledged: "
                    + VaadinForms.texts(saved));
        }
        confirmGrids(saved);
        return new SavedRegistration(Long.parseLong(chosen.getKey().substring(TITLE_PREFIX.length())), year, title);
    }

    /** Types {@code filter} into a combo box and picks the item labelled {@code label} (null: the first offered). */
    private void pick(String name, int combo, String filter, String label) throws IOException, InterruptedException {
        uidl(name, VaadinForms.comboFilter(ui, combo, filter));
        String items = uidl(name, VaadinForms.comboItems(ui, combo, filter));
        String key = (label == null ? VaadinForms.firstComboKey(items) : VaadinForms.comboKey(items, label))
                .orElseThrow(() -> new ProtocolException(name + ": nothing offered for " + filter));
        OptionalInt update = VaadinForms.comboUpdateToConfirm(items, combo);
        if (update.isPresent()) {
            uidl(name, VaadinForms.comboConfirm(ui, combo, update.getAsInt()));
        }
        uidl(name, VaadinForms.comboPick(ui, combo, key));
    }

    /** Clicks a dialog's save button; the answer must close the dialog, then the browser reports it closed. */
    private String closeDialog(String name, String click, int dialog) throws IOException, InterruptedException {
        String answer = uidl(name, click);
        if (!VaadinForms.closes(answer, dialog)) {
            throw new ProtocolException(name + ": the dialog stayed open: " + VaadinForms.texts(answer));
        }
        confirmGrids(answer);
        uidl("dialog closed", VaadinForms.closed(ui, dialog));
        return answer;
    }

    private void confirmGrids(String answer) throws IOException, InterruptedException {
        for (Map.Entry<Integer, Integer> update : VaadinForms.gridUpdatesToConfirm(answer).entrySet()) {
            uidl("confirm", VaadinProtocol.confirmUpdate(ui, update.getKey(), update.getValue()));
        }
    }

    private static int node(String answer, String id) {
        return VaadinProtocol.nodeWithId(answer, id).orElseThrow(() -> new ProtocolException("no #" + id
                + " in the answer"));
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

    /**
     * One user's journey against a running application: {@code java … VaadinUser http://localhost:8080 xem};
     * with a fourth argument the write instead: {@code … thuongtruc Demo@2026 decision} or
     * {@code … canbo.tonghop Demo@2026 registration}, printing what was acknowledged.
     */
    public static void main(String[] args) throws Exception {
        VaadinUser user = new VaadinUser(args[0], System.out::println);
        String name = args.length > 1 ? args[1] : "xem";
        String password = args.length > 2 ? args[2] : "Demo@2026";
        String write = args.length > 3 ? args[3] : "";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        if (write.equals("decision")) {
            user.login(name, password);
            System.out.println("recorded " + user.recordDecision(decisionNumber(System.currentTimeMillis() / 10_000,
                    ProcessHandle.current().pid(), 0), today));
        } else if (write.equals("registration")) {
            user.login(name, password);
            System.out.println("saved " + user.saveRegistration(today.getYear() + 1, 0));
        } else {
            user.journey(name, password);
            System.out.println("journey done; last answer " + user.lastAnswer().length() + " chars");
        }
    }
}
