package vn.tdkt.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Users at work on two nodes behind the balancer while one node is killed (src/deploy/node-kill-check.sh).
 * Each user logs in, then reads the register over and over, and the secretaries among them record a
 * decision in each round; after {@code killAfter} seconds this
 * program runs the kill command, and the users go on for {@code runAfter} more seconds. It then
 * judges what the users saw:
 * <ul>
 * <li>no user had any error before the kill;</li>
 * <li>no user of the surviving node had any error at all;</li>
 * <li>every user of the killed node was sent to log in again, logged in on the surviving node and
 * went on working there;</li>
 * </ul>
 * and writes what the application acknowledged, for the script to look up in the database: the
 * successful logins per account (each one an audit record) to {@code acknowledged-logins.txt}, the
 * numbers of the decisions shown as recorded to {@code acknowledged-decisions.txt}.
 * Arguments: baseUrl users killAfterSeconds runAfterSeconds outputDir kill-command…
 */
public final class NodeKillCheck {

    private static final String NODE_COOKIE = "TDKT_NODE";
    private static final String PASSWORD = "Demo@2026";
    private static final String SECRETARY = "thuongtruc";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> ACCOUNTS = List.of("xem", "canbo.tonghop", "thuongtruc", "chutich", "uyvien1",
            "uyvien2", "uyvien3", "uyvien4", "uyvien5", "uyvien6", "uyvien7");

    private NodeKillCheck() {
    }

    /** What happened to one user. */
    static final class Trace {
        final int index;
        final String account;
        String nodeAtKill;
        String nodeAtEnd;
        final List<String> errorsBeforeKill = Collections.synchronizedList(new ArrayList<>());
        final List<String> errorsAfterKill = Collections.synchronizedList(new ArrayList<>());
        int loginsAfterKill;
        int rounds;
        int attempts;
        int roundsAfterRelogin;

        Trace(int index, String account) {
            this.index = index;
            this.account = account;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        long killAfter = Long.parseLong(args[2]) * 1000;
        long runAfter = Long.parseLong(args[3]) * 1000;
        Path out = Path.of(args[4]);
        List<String> killCommand = List.of(args).subList(5, args.length);

        Map<String, AtomicInteger> logins = new ConcurrentHashMap<>();
        List<String> decisions = Collections.synchronizedList(new ArrayList<>());
        long run = System.currentTimeMillis() / 10_000;
        List<Trace> traces = new ArrayList<>();
        long start = System.currentTimeMillis();
        long end = start + killAfter + runAfter;
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Trace trace = new Trace(i, ACCOUNTS.get(i % ACCOUNTS.size()));
            traces.add(trace);
            long arrival = start + i * Math.min(200L, killAfter / 2 / Math.max(1, users));
            threads.add(Thread.ofVirtual().start(() -> work(base, trace, arrival, end, killedAt, logins,
                    number -> decisions.add(number), run)));
        }
        Thread.sleep(Math.max(0, start + killAfter - System.currentTimeMillis()));
        for (Trace t : traces) {
            t.nodeAtKill = t.nodeAtEnd;
        }
        killedAt.set(System.currentTimeMillis());
        Process kill = new ProcessBuilder(killCommand).inheritIO().start();
        System.out.println("kill command exited " + kill.waitFor() + " at +" + (killedAt.get() - start) / 1000 + " s");
        for (Thread t : threads) {
            t.join();
        }
        Files.createDirectories(out);
        Files.write(out.resolve("acknowledged-decisions.txt"), decisions);
        System.exit(judge(traces, logins, killCommand.getLast(), out) ? 0 : 1);
    }

    private static void work(String base, Trace trace, long arrival, long end, AtomicLong killedAt,
            Map<String, AtomicInteger> logins, Consumer<String> recorded, long run) {
        sleepUntil(arrival);
        VaadinUser user = new VaadinUser(base, line -> { });
        boolean loggedIn = false;
        boolean relogged = false;
        while (System.currentTimeMillis() < end) {
            try {
                if (!loggedIn) {
                    user.login(trace.account, PASSWORD);
                    logins.computeIfAbsent(trace.account, a -> new AtomicInteger()).incrementAndGet();
                    loggedIn = true;
                    if (System.currentTimeMillis() >= killedAt.get()) {
                        trace.loginsAfterKill++;
                        relogged = true;
                    }
                }
                trace.nodeAtEnd = user.cookie(NODE_COOKIE);
                user.openRegister();
                user.search(VaadinUser.SEARCH);
                user.scroll(50);
                user.openStatistics();
                if (trace.account.equals(SECRETARY)) {
                    // A new number per attempt: a draft left half-entered on the dead node keeps its own.
                    recorded.accept(user.recordDecision(VaadinUser.decisionNumber(run, trace.index, trace.attempts++),
                            LocalDate.now(OFFICE_ZONE)));
                }
                trace.rounds++;
                if (relogged) {
                    trace.roundsAfterRelogin++;
                }
            } catch (IOException | RuntimeException e) {
                String what = "+" + (System.currentTimeMillis() - arrival) / 1000 + " s on " + trace.nodeAtEnd + ": "
                        + e.getMessage();
                // A request under way when the node died fails as one that followed the kill.
                boolean afterKill = System.currentTimeMillis() >= killedAt.get();
                (afterKill ? trace.errorsAfterKill : trace.errorsBeforeKill).add(what);
                // What the browser does: Vaadin reloads the page, the login page comes, the user logs in.
                loggedIn = false;
                pause(1000, 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause(1000, 3000);
        }
    }

    private static boolean judge(List<Trace> traces, Map<String, AtomicInteger> logins, String killed, Path out)
            throws IOException {
        boolean pass = true;
        int onKilled = 0;
        int onSurvivor = 0;
        for (Trace t : traces) {
            if (!t.errorsBeforeKill.isEmpty()) {
                pass = false;
                System.out.println("FAIL: " + t.account + " had errors before the kill: " + t.errorsBeforeKill);
            }
            if (t.nodeAtKill == null) {
                pass = false;
                System.out.println("FAIL: " + t.account + " was not working when the node was killed");
            } else if (t.nodeAtKill.equals(killed)) {
                onKilled++;
                if (t.loginsAfterKill == 0 || t.roundsAfterRelogin == 0 || killed.equals(t.nodeAtEnd)) {
                    pass = false;
                    System.out.println("FAIL: " + t.account + " of the killed node did not go on elsewhere: logins "
                            + t.loginsAfterKill + ", rounds " + t.roundsAfterRelogin + ", ends on " + t.nodeAtEnd);
                }
            } else {
                onSurvivor++;
                if (!t.errorsAfterKill.isEmpty() || t.loginsAfterKill > 0) {
                    pass = false;
                    System.out.println("FAIL: " + t.account + " of the surviving node saw the kill: "
                            + t.errorsAfterKill);
                }
            }
        }
        System.out.printf("users: %d on %s (killed), %d on the other node; rounds %d; errors after the kill "
                + "(users of the killed node, before logging in again): %d%n", onKilled, killed, onSurvivor,
                traces.stream().mapToInt(t -> t.rounds).sum(),
                traces.stream().mapToInt(t -> t.errorsAfterKill.size()).sum());
        traces.stream().filter(t -> killed.equals(t.nodeAtKill)).limit(3).forEach(t -> System.out.println(
                "  e.g. " + t.account + ": " + t.errorsAfterKill));
        if (onKilled == 0 || onSurvivor == 0) {
            pass = false;
            System.out.println("FAIL: the users were not spread over both nodes");
        }
        Map<String, Integer> acknowledged = new TreeMap<>();
        logins.forEach((account, n) -> acknowledged.put(account, n.get()));
        Files.write(out.resolve("acknowledged-logins.txt"), acknowledged.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList());
        System.out.println((pass ? "users: PASS" : "users: FAIL"));
        return pass;
    }

    private static void sleepUntil(long when) {
        try {
            Thread.sleep(Math.max(0, when - System.currentTimeMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(int minMs, int maxMs) {
        sleepUntil(System.currentTimeMillis() + ThreadLocalRandom.current().nextInt(minMs, maxMs));
    }
}
