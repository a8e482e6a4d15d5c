package vn.tdkt.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the statistics of the newest Gatling run (the "All Requests" row of its report,
 * target/gatling/…/index.html: Gatling 3.14 writes no stats.json) and writes them as load.* lines
 * into target/bench/results.json, keeping the register benchmark's lines that are already there.
 */
public final class LoadResults {

    private static final Pattern ID = Pattern.compile("\"id\": \"([^\"]+)\"");

    private LoadResults() {
    }

    public static void main(String[] args) throws IOException {
        int users = Integer.parseInt(args[0]);
        // A run through the two-node balancer (src/deploy/cluster.sh) is kept apart from a one-node run.
        String prefix = args.length > 1 && Integer.parseInt(args[1]) == 2 ? "load.two_nodes." : "load.";
        Path stats;
        try (Stream<Path> runs = Files.list(Path.of("target", "gatling"))) {
            stats = runs.filter(Files::isDirectory).map(d -> d.resolve("index.html"))
                    .filter(Files::exists).max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run under target/gatling"));
        }
        String report = Files.readString(stats);
        // The first row of the statistics table is the one of all requests together.
        String all = report.substring(report.indexOf("All Requests"));
        double ko = cell(all, "ko col-4");
        double rps = cell(all, "total col-6");
        double p95 = cell(all, "total col-10");
        double p99 = cell(all, "total col-11");
        merge(List.of(line(prefix + "users", users, "users", "500"), line(prefix + "p95_ms", p95, "ms", "<= 500"),
                line(prefix + "p99_ms", p99, "ms", ""), line(prefix + "errors", ko, "requests", "0"),
                line(prefix + "throughput_rps", rps, "req/s", "")));
        Path results = Path.of("target", "bench", "results.json");
        System.out.printf(Locale.ROOT, prefix + " %d users, p95 %.0f ms, p99 %.0f ms, %.0f errors, %.1f req/s → %s%n",
                users, p95, p99, ko, rps, results.toAbsolutePath());
    }

    /** Writes these lines into results.json in place of those with the same ids. */
    static void merge(List<String> mine) throws IOException {
        List<String> ids = mine.stream().map(LoadResults::id).toList();
        List<String> lines = new ArrayList<>();
        Path results = Path.of("target", "bench", "results.json");
        if (Files.exists(results)) {
            for (String line : Files.readAllLines(results)) {
                String t = line.strip();
                if (t.startsWith("{") && !ids.contains(id(t))) {
                    lines.add("  " + (t.endsWith(",") ? t.substring(0, t.length() - 1) : t));
                }
            }
        }
        lines.addAll(mine);
        Files.createDirectories(results.getParent());
        Files.writeString(results, "[\n" + String.join(",\n", lines) + "\n]\n");
    }

    private static String id(String line) {
        Matcher m = ID.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    static String line(String id, double value, String unit, String goal) {
        return String.format(Locale.ROOT,
                "  {\"id\": \"%s\", \"value\": %.1f, \"unit\": \"%s\", \"goal\": \"%s\", \"db\": \"mariadb\"}", id,
                value, unit, goal);
    }

    private static double cell(String html, String column) {
        Matcher m = Pattern.compile("class=\"value " + column + "\">([0-9.,]+|-)<").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException(column + " missing in Gatling's report");
        }
        return m.group(1).equals("-") ? 0 : Double.parseDouble(m.group(1).replace(",", ""));
    }
}
