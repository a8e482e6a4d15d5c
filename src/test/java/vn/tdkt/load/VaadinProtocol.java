package vn.tdkt.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin Flow 25's client protocol as Chromium speaks it to this application (recorded with
 * Playwright): the login page's Spring CSRF token, the {@code ?v-r=init} bootstrap that gives
 * the UI id, Vaadin's own CSRF token and the first sync id, and the UIDL messages a browser sends
 * for navigation, typing into a text field and scrolling a grid. Pure functions over strings, shared
 * by the Gatling simulation (src/load/java) and {@link LoadSmokeIT}, so the scenario the load
 * benchmark runs is the one CI checks.
 */
public final class VaadinProtocol {

    /** What Chromium at 1366×860 sends with the bootstrap request. */
    private static final String BROWSER_DETAILS = "&v-sh=860&v-sw=1366&v-wh=860&v-ww=1366&v-bh=860&v-bw=1366"
            + "&v-curdate=1795942478935&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh"
            + "&v-wn=v-0.1&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
            + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private static final Pattern LOGIN_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    /** The recipient link's target in a register row's data (a LitRenderer property: {@code lr_<id>_href}). */
    private static final Pattern PERSON_LINK = Pattern.compile("\"lr_\\w+_href\":\"so-khen-thuong/ca-nhan/(\\d+)\"");

    private VaadinProtocol() {
    }

    /**
     * One browser tab's UI: its id, Vaadin's CSRF token, the last sync id the server sent and the
     * client id it expects next.
     */
    public record Ui(int uiId, String csrfToken, int syncId, int clientId) {

        /** Where this UI's UIDL messages are posted, relative to the application's root. */
        public String uidlPath() {
            return "/?v-r=uidl&v-uiId=" + uiId;
        }
    }

    /** The bootstrap request a browser sends after loading the page of {@code route}. */
    public static String initPath(String route) {
        return "/?v-r=init&location=" + encode(stripSlash(route)) + "&query=" + BROWSER_DETAILS;
    }

    /** Spring Security's CSRF token on the login page (the form posts it as {@code _csrf}). */
    public static String loginCsrf(String loginPage) {
        return group(LOGIN_CSRF, loginPage, "the login page has no _csrf meta tag");
    }

    /** The login form's body as the browser posts it. */
    public static String loginForm(String username, String password, String csrf) {
        return "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
    }

    /** The UI that the bootstrap answer describes. */
    public static Ui bootstrap(String initResponse) {
        requireHealthy(initResponse);
        return new Ui(Integer.parseInt(group(UI_ID, initResponse, "no v-uiId in the bootstrap")),
                group(SECURITY_KEY, initResponse, "no Vaadin-Security-Key in the bootstrap"),
                Integer.parseInt(group(SYNC_ID, initResponse, "no syncId in the bootstrap")),
                Integer.parseInt(group(CLIENT_ID, initResponse, "no clientId in the bootstrap")));
    }

    /**
     * The UI after the server's answer to a message: the answer's sync id and the next client id.
     * Refuses what a browser would show as a failure: a refresh or session-expired order, an
     * application error, an answer out of sequence.
     */
    public static Ui answered(Ui ui, String response) {
        requireHealthy(response);
        int clientId = Integer.parseInt(group(CLIENT_ID, response, "no clientId in the UIDL answer"));
        if (clientId != ui.clientId() + 1) {
            throw new ProtocolException("answer out of sequence: clientId " + clientId + " after " + ui.clientId());
        }
        int syncId = Integer.parseInt(group(SYNC_ID, response, "no syncId in the UIDL answer"));
        return new Ui(ui.uiId(), ui.csrfToken(), syncId, clientId);
    }

    /**
     * The router's navigation event on the UI (node 1): {@code pageLoad} as the page sends it
     * right after the bootstrap, otherwise as a click on a link or a menu item sends it.
     */
    public static String navigate(Ui ui, String route, boolean pageLoad) {
        String path = pageLoad ? "/" + stripSlash(route) : stripSlash(route);
        return message(ui, "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + json(path) + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"" + (pageLoad ? "" : "client") + "\"}}");
    }

    /**
     * Typing into a text field in lazy value-change mode: its value synchronised and the
     * debounced input event, as the web component sends them once the user pauses.
     */
    public static String type(Ui ui, int fieldNode, String text) {
        return message(ui, "{\"type\":\"mSync\",\"node\":" + fieldNode + ",\"feature\":1,\"property\":\"value\","
                + "\"value\":\"" + json(text) + "\"},{\"type\":\"event\",\"node\":" + fieldNode
                + ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}");
    }

    /** Scrolling a grid: the grid connector asks its server side for the rows now in view. */
    public static String scroll(Ui ui, int gridNode, int firstRow, int rows) {
        return message(ui, "{\"type\":\"publishedEventHandler\",\"node\":" + gridNode
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + firstRow + ","
                + rows + "],\"promise\":" + ui.clientId() + "}");
    }

    /** The grid connector's acknowledgement of a data update, which lets the server drop the rows it replaced. */
    public static String confirmUpdate(Ui ui, int gridNode, int updateId) {
        return message(ui, "{\"type\":\"publishedEventHandler\",\"node\":" + gridNode
                + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + updateId
                + "],\"promise\":" + ui.clientId() + "}");
    }

    /** The node of the element whose {@code id} attribute is {@code elementId}, if the answer created it. */
    public static OptionalInt nodeWithId(String response, String elementId) {
        Matcher m = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\""
                + Pattern.quote(elementId) + "\"\\}").matcher(response);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The data update of the grid that the answer asks the browser to confirm ({@code
     * $connector.confirm(id)}), if any; the browser confirms it in its next message.
     */
    public static OptionalInt updateToConfirm(String response, int gridNode) {
        Matcher m = Pattern.compile("\\[\\{\"@v-node\":" + gridNode + "\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(")
                .matcher(response);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    /**
     * The people whose timeline links the answer shows: the register's recipient links, drawn in
     * the browser from the rows' data that the grid connector receives ({@code $connector.set}).
     */
    public static List<Long> personLinks(String response) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        Matcher m = PERSON_LINK.matcher(response);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return new ArrayList<>(ids);
    }

    /** What a browser would show as a failure in an answer, or null. */
    public static String problem(String response) {
        if (response == null || response.isEmpty()) {
            return "empty answer";
        }
        for (String marker : new String[] {"Vaadin-Refresh", "\"appError\"", "\"sessionExpired\"",
            "\"resynchronize\""}) {
            if (response.contains(marker)) {
                return "answer carries " + marker;
            }
        }
        if (!response.contains("\"syncId\"")) {
            return "answer without syncId";
        }
        return null;
    }

    private static void requireHealthy(String response) {
        String problem = problem(response);
        if (problem != null) {
            throw new ProtocolException(problem + ": " + abbreviate(response));
        }
    }

    static String message(Ui ui, String rpc) {
        return "{\"csrfToken\":\"" + ui.csrfToken() + "\",\"rpc\":[" + rpc + "],\"syncId\":" + ui.syncId()
                + ",\"clientId\":" + ui.clientId() + "}";
    }

    private static String group(Pattern pattern, String text, String missing) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        if (!m.find()) {
            throw new ProtocolException(missing + ": " + abbreviate(text));
        }
        return m.group(1);
    }

    private static String stripSlash(String route) {
        return route.startsWith("/") ? route.substring(1) : route;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** A step of the protocol that did not go as it goes for a browser. */
    public static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
