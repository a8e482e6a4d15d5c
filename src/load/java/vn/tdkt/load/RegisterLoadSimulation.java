package vn.tdkt.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.tdkt.load.VaadinProtocol.ProtocolException;
import vn.tdkt.load.VaadinProtocol.Ui;

/**
 * Staff at work in the register, through Vaadin's own protocol ({@link VaadinProtocol}, the
 * messages Chromium sends): each simulated user logs in with a demo account, then until the
 * end of the run opens the register from the menu, types a search, scrolls the grid, opens a
 * person's timeline and the statistics, with 5–10 s of thinking between the steps. Users arrive
 * evenly over the ramp, then all stay for the hold. Every request is one interaction a user waits
 * for; a refresh or session-expired order, an application error or an answer out of sequence
 * counts as an error (KO). A share of the users write instead ({@link WriteChains}): the secretary
 * records a decision, unit officers save registrations; a write whose answer does not show it
 * acknowledged is KO too.
 * Settings: -Dload.baseUrl, -Dload.users, -Dload.rampSeconds, -Dload.holdSeconds,
 * -Dload.secretaryShare and -Dload.officerShare (per cent of load.users, default 5 and 10).
 */
public class RegisterLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int RAMP = Integer.getInteger("load.rampSeconds", 20);
    private static final int HOLD = Integer.getInteger("load.holdSeconds", 40);
    private static final int THINK_MIN = Integer.getInteger("load.thinkMinSeconds", 5);
    private static final int THINK_MAX = Integer.getInteger("load.thinkMaxSeconds", 10);
    private static final String PASSWORD = System.getProperty("load.password", "Demo@2026");
    /** Per cent of the users who are the secretary recording decisions, and unit officers saving registrations. */
    private static final double SECRETARY_SHARE = Double.parseDouble(System.getProperty("load.secretaryShare", "5"));
    private static final double OFFICER_SHARE = Double.parseDouble(System.getProperty("load.officerShare", "10"));
    private static final int SECRETARIES = (int) Math.round(USERS * SECRETARY_SHARE / 100);
    private static final int OFFICERS = (int) Math.round(USERS * OFFICER_SHARE / 100);
    /** Every demo account but the administrator's (a failed login would throttle them; none is expected). */
    private static final List<String> ACCOUNTS = List.of("xem", "canbo.tonghop", "thuongtruc", "chutich", "uyvien1",
            "uyvien2", "uyvien3", "uyvien4", "uyvien5", "uyvien6", "uyvien7");

    private static final HttpProtocolBuilder PROTOCOL = http.baseUrl(BASE).disableFollowRedirect()
            .acceptLanguageHeader("vi-VN").userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) TDKT-load/Gatling");

    static ChainBuilder think() {
        return exec(session -> session).pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX));
    }

    /** One UIDL message; the answer is checked like the browser would and moves the UI on. */
    static ChainBuilder uidl(String name, Function<Session, String> body) {
        return uidl(name, body, (answer, s) -> null);
    }

    /**
     * One UIDL message whose answer must also pass {@code problem} (null: fine), e.g. show a
     * write acknowledged or offer the element the next step addresses; otherwise the request is KO.
     */
    static ChainBuilder uidl(String name, Function<Session, String> body, BiFunction<String, Session, String> problem) {
        return exec(http(name).post(s -> s.<Ui>get("ui").uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(body::apply))
                .check(status().is(200))
                .check(bodyString().transformWithSession((answer, s) -> {
                    try {
                        VaadinProtocol.answered(s.get("ui"), answer);
                        String wrong = problem.apply(answer, s);
                        return wrong == null ? "ok" : wrong;
                    } catch (ProtocolException e) {
                        return e.getMessage();
                    }
                }).is("ok"))
                .check(bodyString().saveAs("answer")))
                .exitHereIfFailed()
                .exec(s -> s.set("ui", VaadinProtocol.answered(s.get("ui"), s.getString("answer"))));
    }

    /** The page of a route and its bootstrap, then the router's first navigation, as a page load does. */
    private static ChainBuilder openPage(String name, String route) {
        return exec(http(name + " page").get("/" + route).check(status().is(200)))
                .exec(http(name + " bootstrap").get(VaadinProtocol.initPath(route)).check(status().is(200))
                        .check(bodyString().saveAs("answer")))
                .exitHereIfFailed()
                .exec(s -> s.set("ui", VaadinProtocol.bootstrap(s.getString("answer"))))
                .exec(uidl(name + " view", s -> VaadinProtocol.navigate(s.get("ui"), route, true)));
    }

    /** Confirms the grid's data update when the last answer asked for it, as the grid connector does. */
    private static ChainBuilder confirmGrid() {
        return exec(s -> {
            var update = VaadinProtocol.updateToConfirm(s.getString("answer"), s.getInt("grid"));
            List<Long> people = new ArrayList<>(s.getList("people"));
            people.addAll(VaadinProtocol.personLinks(s.getString("answer")));
            return s.set("update", update.orElse(-1)).set("people", people);
        }).doIf(s -> s.getInt("update") >= 0).then(uidl("grid confirm",
                s -> VaadinProtocol.confirmUpdate(s.get("ui"), s.getInt("grid"), s.getInt("update"))));
    }

    private static final ChainBuilder LOGIN = exec(http("login page").get("/login").check(status().is(200))
            .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("login bootstrap").get(VaadinProtocol.initPath("login")).check(status().is(200))
                    .check(bodyString().saveAs("answer")))
            .exitHereIfFailed()
            .exec(s -> s.set("ui", VaadinProtocol.bootstrap(s.getString("answer"))))
            .exec(uidl("login view", s -> VaadinProtocol.navigate(s.get("ui"), "login", true)))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(4))
            .exec(http("login").post("/login").formParam("username", "#{username}").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}").check(status().is(302))
                    .check(header("Location").transform(to -> to.contains("login")).is(false)))
            .exitHereIfFailed()
            .exec(openPage("home", ""));

    private static final ChainBuilder REGISTER = exec(uidl("register",
            s -> VaadinProtocol.navigate(s.get("ui"), "so-khen-thuong/tra-cuu", false)))
            .exec(s -> {
                String answer = s.getString("answer");
                var grid = VaadinProtocol.nodeWithId(answer, "register-grid");
                var search = VaadinProtocol.nodeWithId(answer, "register-search");
                if (grid.isEmpty() || search.isEmpty()) {
                    return s.markAsFailed();
                }
                return s.set("grid", grid.getAsInt()).set("search", search.getAsInt()).set("people", List.of());
            })
            .exitHereIfFailed()
            .exec(confirmGrid())
            .exec(think())
            .exec(uidl("search", s -> VaadinProtocol.type(s.get("ui"), s.getInt("search"), VaadinUser.SEARCH)))
            .exec(confirmGrid())
            .exec(think())
            .exec(uidl("scroll", s -> VaadinProtocol.scroll(s.get("ui"), s.getInt("grid"), 50, 50)))
            .exec(confirmGrid())
            .exec(think())
            .doIf(s -> !s.getList("people").isEmpty()).then(
                    exec(uidl("timeline", s -> VaadinProtocol.navigate(s.get("ui"), "so-khen-thuong/ca-nhan/"
                            + s.getList("people").getLast(), false)))
                    .exec(think()))
            .exec(uidl("statistics", s -> VaadinProtocol.navigate(s.get("ui"), "so-khen-thuong/thong-ke", false)))
            .exec(think());

    private static Iterator<Map<String, Object>> accounts() {
        return Stream.iterate(0, i -> i + 1)
                .<Map<String, Object>>map(i -> Map.of("username", ACCOUNTS.get(i % ACCOUNTS.size()))).iterator();
    }

    private final ScenarioBuilder staff = scenario("register staff").feed(accounts()).exec(LOGIN).exec(think())
            .during(Duration.ofSeconds(RAMP + HOLD)).on(REGISTER);

    /** The secretary (demo account thuongtruc) enters and records a decision each round; {@code i} numbers it. */
    private final ScenarioBuilder secretaries = scenario("secretaries recording decisions")
            .exec(s -> s.set("username", "thuongtruc")).exec(LOGIN).exec(think())
            .during(Duration.ofSeconds(RAMP + HOLD), "i", false).on(WriteChains.RECORD_DECISION);

    /** The officer of Phòng Tổng hợp (canbo.tonghop) saves a registration of the unit's people each round. */
    private final ScenarioBuilder officers = scenario("officers saving registrations")
            .exec(s -> s.set("username", "canbo.tonghop")).exec(LOGIN).exec(think())
            .during(Duration.ofSeconds(RAMP + HOLD), "i", false).on(WriteChains.SAVE_REGISTRATION);

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(staff.injectOpen(rampUsers(USERS - SECRETARIES - OFFICERS).during(Duration.ofSeconds(RAMP))));
        if (SECRETARIES > 0) {
            populations.add(secretaries.injectOpen(rampUsers(SECRETARIES).during(Duration.ofSeconds(RAMP))));
        }
        if (OFFICERS > 0) {
            populations.add(officers.injectOpen(rampUsers(OFFICERS).during(Duration.ofSeconds(RAMP))));
        }
        setUp(populations).protocols(PROTOCOL)
                .maxDuration(Duration.ofSeconds(RAMP + HOLD + 120))
                .assertions(global().failedRequests().count().is(0L));
    }
}
