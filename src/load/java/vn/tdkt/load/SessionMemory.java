package vn.tdkt.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory per session the way Vaadin's documentation measures it: the live heap of the running
 * application after a full collection, without and with N more logged-in users who have opened
 * the register and searched it (sessions kept open, as tabs left open are), divided by N.
 * The application must run on this machine (jcmd reaches it by its process id).
 * {@code java -cp target/test-classes vn.tdkt.load.SessionMemory http://localhost:8080 <pid> 100}
 * → session.heap_kb in target/bench/results.json.
 */
public final class SessionMemory {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final List<String> ACCOUNTS = List.of("xem", "canbo.tonghop", "thuongtruc", "chutich", "uyvien1",
            "uyvien2", "uyvien3", "uyvien4", "uyvien5", "uyvien6", "uyvien7");

    private SessionMemory() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        int sessions = Integer.parseInt(args[2]);
        long before = liveHeapKb(pid);
        List<VaadinUser> open = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<VaadinUser>> logins = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String account = ACCOUNTS.get(i % ACCOUNTS.size());
                logins.add(pool.submit(() -> {
                    VaadinUser user = new VaadinUser(base, line -> { });
                    user.login(account, System.getProperty("load.password", "Demo@2026"));
                    user.openRegister();
                    user.search(VaadinUser.SEARCH);
                    return user;
                }));
            }
            for (Future<VaadinUser> login : logins) {
                open.add(login.get());
            }
        }
        long after = liveHeapKb(pid);
        double perSession = (after - before) / (double) sessions;
        System.out.printf(Locale.ROOT, "live heap %d KB without, %d KB with %d more sessions: %.0f KB per session%n",
                before, after, sessions, perSession);
        LoadResults.merge(List.of(LoadResults.line("session.heap_kb", perSession, "KB", "<= 300"),
                LoadResults.line("session.count", sessions, "sessions", "")));
        // The users (and their cookies) stay reachable until the second measure is taken.
        System.out.println(open.size() + " sessions were open while measuring");
    }

    /** Used heap after a full collection, in KB, as jcmd reports it. */
    static long liveHeapKb(String pid) throws IOException, InterruptedException {
        run("jcmd", pid, "GC.run");
        run("jcmd", pid, "GC.run");
        Matcher m = USED.matcher(run("jcmd", pid, "GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no used heap");
        }
        return Long.parseLong(m.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
