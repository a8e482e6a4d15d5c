package vn.tdkt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tdkt.Application;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.history.domain.AwardEntrySearch;
import vn.tdkt.history.domain.AwardFilter;
import vn.tdkt.decision.service.AwardCounts;
import vn.tdkt.history.service.AwardExport;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.AwardStatisticsService;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.LegacyListImport;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;

/**
 * The awards register at national scale: loads 1.000.000 award records over 200.000
 * people into MariaDB and into H2, then measures the register page, its count, a person's
 * timeline, the statistics table, the xlsx import of 50.000 rows and the export of about
 * 100.000 rows through the services. Prints a table and writes target/bench/results.json.
 * Sizes: -Dbench.records, -Dbench.people; databases: -Dbench.dbs=mariadb,h2.
 */
class RegisterBenchmark {

    private static final int RECORDS = Integer.getInteger("bench.records", 1_000_000);
    private static final int PEOPLE = Integer.getInteger("bench.people", 200_000);
    /** The MariaDB database, dropped and created again: -Dbench.db keeps two runs apart. */
    private static final String DATABASE = System.getProperty("bench.db", "tdkt_bench");
    /**
     * -Dbench.demo=true: the demo data (accounts, movements, rounds, Quảng Trị's office) first and the
     * million records beside it, so that the load benchmark's users can work on this database.
     */
    private static final boolean DEMO = Boolean.getBoolean("bench.demo");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2025;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Thu",
        "Hồng", "Xuân", "Công", "Thị Thu", "Thị Minh", "Văn Đức", "Kim", "Bảo", "Gia"};
    private static final String[] GIVEN = {"An", "Anh", "Ánh", "Bình", "Cường", "Châu", "Dung", "Dũng", "Đạt",
        "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh",
        "Nam", "Ngân", "Nhung", "Oanh", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn",
        "Uyên", "Việt", "Vinh", "Yến"};
    private static final String[] PROVINCES = {"Hà Giang", "Cao Bằng", "Lạng Sơn", "Quảng Ninh", "Hải Phòng",
        "Thái Bình", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Huế",
        "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Gia Lai", "Đắk Lắk",
        "Lâm Đồng", "Bình Dương", "Đồng Nai", "Long An", "Tiền Giang", "Bến Tre", "Vĩnh Long", "Cần Thơ",
        "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau"};

    record Result(String id, double value, String unit, String goal, String db) {
    }

    @Test
    void register_at_national_scale() throws Exception {
        List<Result> results = new ArrayList<>();
        for (String db : System.getProperty("bench.dbs", "mariadb,h2").split(",")) {
            results.addAll(run(db.strip()));
        }
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        String json = results.stream().map(r -> String.format(Locale.ROOT,
                "  {\"id\": \"%s\", \"value\": %.1f, \"unit\": \"%s\", \"goal\": \"%s\", \"db\": \"%s\"}",
                r.id(), r.value(), r.unit(), r.goal(), r.db())).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(dir.resolve("results.json"), json);
        System.out.println();
        System.out.printf("%-34s %-8s %12s %-8s %s%n", "benchmark", "db", "value", "unit", "goal");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-34s %-8s %12.1f %-8s %s%n", r.id(), r.db(), r.value(), r.unit(),
                    r.goal());
        }
        System.out.println("written to " + dir.resolve("results.json").toAbsolutePath());
    }

    private List<Result> run(String db) throws Exception {
        Files.createDirectories(Path.of("target", "bench"));
        String url;
        String[] profiles;
        if (db.equals("mariadb")) {
            recreateMariaDb();
            url = "jdbc:mysql://127.0.0.1:3306/" + DATABASE + "?useUnicode=true&characterEncoding=UTF-8"
                    + "&rewriteBatchedStatements=true";
            profiles = new String[] {"mysql", "mariadb"};
        } else {
            Path h2 = Path.of("target", "bench", "h2");
            if (Files.exists(h2)) {
                try (var files = Files.walk(h2)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            url = "jdbc:h2:file:./target/bench/h2/tdkt;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=YEAR,VALUE,LEVEL;CACHE_SIZE=1048576;"
                    // No result cache: every measured query really runs.
                    + "QUERY_CACHE_SIZE=0";
            profiles = new String[0];
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET).profiles(profiles)
                // Command-line arguments outrank the profiles' own settings.
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (db.equals("mariadb") ? "tdkt" : "sa"),
                        "--spring.datasource.password=" + (db.equals("mariadb") ? "tdkt" : ""),
                        "--tdkt.demo-data=" + DEMO, "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--tdkt.import.max-rows=200000", "--server.port=0")) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench",
                    null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_SECRETARY")));
            return measure(db, ctx);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void recreateMariaDb() throws SQLException {
        String root = System.getProperty("bench.db.root", "root");
        String password = System.getProperty("bench.db.rootPassword", "");
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", root, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER IF NOT EXISTS 'tdkt'@'%' IDENTIFIED BY 'tdkt'");
            s.execute("CREATE USER IF NOT EXISTS 'tdkt'@'localhost' IDENTIFIED BY 'tdkt'");
            s.execute("GRANT ALL ON " + DATABASE + ".* TO 'tdkt'@'%'");
            s.execute("GRANT ALL ON " + DATABASE + ".* TO 'tdkt'@'localhost'");
        }
    }

    /** The data set: offices of every province with departments, people, decisions, awards. */
    private record Loaded(List<Long> unitIds, Map<Long, String> unitNames, long firstPerson, int people,
            List<String> names) {
    }

    private List<Result> measure(String db, ConfigurableApplicationContext ctx) throws Exception {
        List<Result> results = new ArrayList<>();
        long t0 = System.nanoTime();
        Loaded data = load(ctx);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "[%s] loaded %d records over %d people in %.0f s%n", db, RECORDS, PEOPLE,
                loadSeconds);
        results.add(new Result("load.records_per_s", RECORDS / loadSeconds, "rows/s", "(set-up)", db));
        // The awards were loaded around the services: count them once, as after a repair by hand.
        long r0 = System.nanoTime();
        ctx.getBean(AwardCounts.class).recount();
        results.add(new Result("stats.recount.ms", (System.nanoTime() - r0) / 1e6, "ms", "(admin action)", db));
        AwardSearchService register = ctx.getBean(AwardSearchService.class);
        AwardStatisticsService statistics = ctx.getBean(AwardStatisticsService.class);
        TimelineService timelines = ctx.getBean(TimelineService.class);
        Random random = new Random(7);

        Supplier<AwardQuery> filter = () -> AwardQuery.all()
                .withText(VietnameseText.fold(data.names().get(random.nextInt(data.names().size()))))
                .withYears(null, null).withYears(year(random), null);
        List<AwardQuery> queries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            AwardQuery q = filter.get();
            queries.add(q.withYears(q.yearFrom(), q.yearFrom()));
        }
        results.add(new Result("register.filter.p95", p95(queries, q -> register.page(q, List.of(), 0, 50)), "ms",
                "<= 150", db));
        results.add(new Result("register.count.p95", p95(queries, register::count), "ms", "<= 300", db));
        List<Long> persons = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            persons.add(data.firstPerson() + random.nextInt(data.people()));
        }
        results.add(new Result("person.timeline.p95", p95(persons, timelines::person), "ms", "<= 20", db));
        statistics.statistics(AwardQuery.all(), 20);
        double[] stats = new double[3];
        for (int i = 0; i < stats.length; i++) {
            long s = System.nanoTime();
            statistics.statistics(AwardQuery.all(), 20);
            stats[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(stats);
        results.add(new Result("stats.year_type.ms", stats[1], "ms", "<= 1000", db));
        // The statistics page as a user opens it and then narrows it to a province's office and ten years.
        AwardQuery office = AwardQuery.all().withYears(2010, 2019).withUnit(data.unitIds().getFirst(), null);
        double[] narrowed = new double[3];
        for (int i = 0; i < narrowed.length; i++) {
            long n0 = System.nanoTime();
            statistics.statistics(office, 20);
            narrowed[i] = (System.nanoTime() - n0) / 1e6;
        }
        Arrays.sort(narrowed);
        results.add(new Result("stats.ms", Math.max(stats[1], narrowed[1]), "ms", "<= 1000", db));
        // What the page cost when it counted the awards themselves: the same two passes over dc_award.
        AwardEntrySearch awards = ctx.getBean(AwardEntrySearch.class);
        AwardFilter all = new AwardFilter("", null, null, null, null, null, null, null, null, null, null,
                java.util.EnumSet.of(AwardState.ACTIVE), 0);
        double[] live = new double[3];
        for (int i = 0; i < live.length; i++) {
            long l0 = System.nanoTime();
            awards.countBy(all, "awardYear", "awardTypeId", "kind", "gender");
            awards.countBy(all, "unitId");
            live[i] = (System.nanoTime() - l0) / 1e6;
        }
        Arrays.sort(live);
        results.add(new Result("stats.live.ms", live[1], "ms", "(counted on dc_award)", db));

        // Beside the demo data the import's names also match the demo's people, so it is measured
        // only on the benchmark's own data.
        if (!DEMO) {
            byte[] file = importFile(data, 50_000);
            LegacyListImport importer = ctx.getBean(LegacyListImport.class);
            long s = System.nanoTime();
            ImportPreview preview = importer.preview("bench.xlsx", file, p -> { });
            double previewSeconds = (System.nanoTime() - s) / 1e9;
            var outcome = importer.commit(preview);
            double importSeconds = (System.nanoTime() - s) / 1e9;
            System.out.printf(Locale.ROOT, "[%s] import: check %.1f s, write %.1f s%n", db, previewSeconds,
                    importSeconds - previewSeconds);
            if (outcome.awardsAdded() < 49_000) {
                throw new IllegalStateException("import wrote only " + outcome.awardsAdded() + " rows; errors "
                        + preview.errors() + ", first: " + preview.rows().stream().filter(r -> !r.issues().isEmpty())
                                .findFirst().map(r -> r.issues().toString()).orElse(""));
            }
            results.add(new Result("import.rows_per_s", 50_000 / importSeconds, "rows/s", ">= 5000", db));
        }

        AwardExport export = ctx.getBean(AwardExport.class);
        AwardQuery fourYears = AwardQuery.all().withYears(2010, 2013);
        // Warm-up, as for the other measures: the first export also pays for loading and
        // compiling the workbook code, which a running server has done long before.
        export.xlsx(fourYears, List.of(), OutputStream.nullOutputStream());
        // Retained memory shows in the old generation; short-lived garbage of a stream does not.
        java.lang.management.MemoryPoolMXBean oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().contains("Old Gen")).findFirst().orElseThrow();
        System.gc();
        long baseline = oldGen.getUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(oldGen.getUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long s = System.nanoTime();
        long rows;
        try (OutputStream out = Files.newOutputStream(Path.of("target", "bench", "export-" + db + ".xlsx"))) {
            rows = export.xlsx(fourYears, List.of(), out);
        }
        double exportSeconds = (System.nanoTime() - s) / 1e9;
        sampler.interrupt();
        results.add(new Result("export.rows_per_s", rows / exportSeconds, "rows/s", ">= 20000 (" + rows + " rows)",
                db));
        results.add(new Result("export.old_gen_growth_mb", (peak.get() - baseline) / 1048576.0, "MB",
                "flat (streaming)", db));
        return results;
    }

    private static int year(Random random) {
        return FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    }

    private interface Call<T> {
        Object apply(T value);
    }

    /** 95th percentile in ms of calls over {@code inputs}, after the first fifth as warm-up. */
    private static <T> double p95(List<T> inputs, Call<T> call) {
        int warm = inputs.size() / 5;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            long s = System.nanoTime();
            call.apply(inputs.get(i));
            if (i >= warm) {
                times.add((System.nanoTime() - s) / 1e6);
            }
        }
        times.sort(null);
        return times.get((int) Math.ceil(times.size() * 0.95) - 1);
    }

    private Loaded load(ConfigurableApplicationContext ctx) {
        UnitService units = ctx.getBean(UnitService.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Long vptw = DEMO ? jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'VPTW'", Long.class)
                : units.create(new UnitForm(null, 0, "VPTW", "Văn phòng Trung ương Đảng", "VPTW",
                        UnitKind.CENTRAL_OFFICE, null, 1, null)).id();
        List<Long> unitIds = new ArrayList<>();
        List<Long> offices = new ArrayList<>();
        offices.add(vptw);
        String[] departments = {"Phòng Tổng hợp", "Phòng Hành chính – Lưu trữ", "Phòng Quản trị – Tài vụ",
            "Phòng Tài chính Đảng", "Phòng Cơ yếu – Công nghệ thông tin", "Nhà khách"};
        for (int p = 0; p < PROVINCES.length; p++) {
            Long office = units.create(new UnitForm(null, 0, "VP" + p, "Văn phòng Tỉnh ủy " + PROVINCES[p], null,
                    UnitKind.PROVINCIAL_OFFICE, vptw, p, null)).id();
            offices.add(office);
            unitIds.add(office);
            for (int d = 0; d < departments.length; d++) {
                unitIds.add(units.create(new UnitForm(null, 0, "VP" + p + "_" + d, departments[d], null,
                        UnitKind.DEPARTMENT, office, d, null)).id());
            }
            for (int l = 0; l < 8; l++) {
                unitIds.add(units.create(new UnitForm(null, 0, "VP" + p + "_H" + l, "Văn phòng Huyện ủy số " + (l + 1)
                        + " " + PROVINCES[p], null, UnitKind.LOCAL_OFFICE, office, 10 + l, null)).id());
            }
        }
        Map<Long, String> unitNames = units.fullNames(unitIds);
        Map<String, Long> types = ctx.getBean(AwardTypeService.class).search("", null).stream()
                .collect(Collectors.toMap(AwardTypeRecord::code, AwardTypeRecord::id));
        Map<Long, AwardTypeRecord> typeById = ctx.getBean(AwardTypeService.class).search("", null).stream()
                .collect(Collectors.toMap(AwardTypeRecord::id, t -> t));
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);

        List<String> names = new ArrayList<>();
        List<Object[]> batch = new ArrayList<>();
        long[] personUnit = new long[PEOPLE];
        String[] personName = new String[PEOPLE];
        String[] personGender = new String[PEOPLE];
        for (int i = 0; i < PEOPLE; i++) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            if (i < 2000) {
                names.add(name);
            }
            Long unit = unitIds.get(random.nextInt(unitIds.size()));
            personUnit[i] = unit;
            personName[i] = name;
            personGender[i] = name.contains(" Thị") ? "FEMALE" : random.nextBoolean() ? "MALE" : "FEMALE";
            batch.add(new Object[] {now, "bench", now, "bench", name, VietnameseText.fold(name),
                VietnameseText.personSortKey(name), personGender[i], 1960 + random.nextInt(40), true, unit});
            if (batch.size() == 5000) {
                insertPeople(jdbc, batch);
            }
        }
        insertPeople(jdbc, batch);
        Long firstPerson = jdbc.queryForObject("SELECT MIN(id) FROM org_person", Long.class);

        String[] individualCodes = {"LDTT", "LDTT", "LDTT", "LDTT", "LDTT", "CSTDCS", "CSTDCS", "GIAY_KHEN",
            "GIAY_KHEN", "BK_TINH", "BK_CVPTW", "CSTD_TINH"};
        String[] collectiveCodes = {"TTLDTT", "TTLDTT", "TTLDXS", "GIAY_KHEN", "BK_TINH", "CO_TD_TINH", "CO_TD_VPTW"};
        int perDecision = 50;
        int decisionCount = (RECORDS + perDecision - 1) / perDecision;
        List<Object[]> decisions = new ArrayList<>();
        int[] decisionYear = new int[decisionCount];
        long[] decisionIssuer = new long[decisionCount];
        LocalDate[] decisionDate = new LocalDate[decisionCount];
        String[] decisionNumber = new String[decisionCount];
        for (int d = 0; d < decisionCount; d++) {
            decisionYear[d] = FIRST_YEAR + d % (LAST_YEAR - FIRST_YEAR + 1);
            decisionIssuer[d] = offices.get(random.nextInt(offices.size()));
            decisionDate[d] = LocalDate.of(decisionYear[d] + 1, 1 + random.nextInt(6), 1 + random.nextInt(28));
            decisionNumber[d] = (d + 1) + "-QĐ/VPTU";
            decisions.add(new Object[] {now, "bench", now, "bench", decisionIssuer[d], decisionNumber[d],
                decisionNumber[d].toUpperCase(Locale.ROOT), d + 1, "QĐ", "VPTU", decisionDate[d], decisionYear[d],
                decisionYear[d]});
        }
        for (int from = 0; from < decisions.size(); from += 5000) {
            jdbc.batchUpdate("""
                    INSERT INTO dc_decision (version, created_at, created_by, modified_at, modified_by, issuer_unit_id,
                      doc_number, number_key, number_seq, number_type, number_body, number_wellformed, decision_date,
                      year_from, year_to, status, source)
                    VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 'RECORDED', 'IMPORT')
                    """, decisions.subList(from, Math.min(from + 5000, decisions.size())));
        }
        long firstDecision = jdbc.queryForObject("SELECT MIN(id) FROM dc_decision", Long.class);
        batch.clear();
        for (int r = 0; r < RECORDS; r++) {
            int d = r / perDecision;
            boolean collective = random.nextInt(10) == 0;
            String code = collective ? collectiveCodes[random.nextInt(collectiveCodes.length)]
                    : individualCodes[random.nextInt(individualCodes.length)];
            AwardTypeRecord type = typeById.get(types.get(code));
            Long personId = null;
            Long unit;
            String name;
            String gender = null;
            String key;
            if (collective) {
                unit = unitIds.get(random.nextInt(unitIds.size()));
                name = unitNames.get(unit);
                key = "U" + unit + "#" + r;
            } else {
                int p = random.nextInt(PEOPLE);
                personId = firstPerson + p;
                unit = personUnit[p];
                name = personName[p];
                gender = personGender[p];
                key = "P" + personId + "#" + r;
            }
            String unitName = unitNames.get(unit);
            batch.add(new Object[] {now, "bench", now, "bench", firstDecision + d, r % perDecision + 1,
                collective ? "COLLECTIVE" : "INDIVIDUAL", personId, unit, key, name,
                collective ? VietnameseText.textKey(name) : VietnameseText.personSortKey(name), gender,
                collective ? null : "Chuyên viên", unitName, type.id(), type.level().name(), type.precedence(),
                decisionYear[d], decisionYear[d], decisionDate[d], decisionNumber[d], decisionIssuer[d],
                Award.searchText(name, unitName, decisionNumber[d], type.name())});
            if (batch.size() == 5000) {
                insertAwards(jdbc, batch);
            }
        }
        insertAwards(jdbc, batch);
        if (jdbc.getDataSource() != null) {
            jdbc.execute(db(jdbc).equals("mariadb") ? "ANALYZE TABLE dc_award, org_person, dc_decision"
                    : "ANALYZE");
        }
        return new Loaded(unitIds, unitNames, firstPerson, PEOPLE, names);
    }

    private static String db(JdbcTemplate jdbc) {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase(Locale.ROOT).contains("h2") ? "h2" : "mariadb";
    }

    private static void insertPeople(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO org_person (version, created_at, created_by, modified_at, modified_by, full_name,
                  name_folded, sort_key, gender, birth_year, party_member, unit_id)
                VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, batch);
        batch.clear();
    }

    private static void insertAwards(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO dc_award (version, created_at, created_by, modified_at, modified_by, decision_id,
                  register_no, kind, person_id, unit_id, recipient_key, recipient_name, sort_key, gender,
                  position_name, unit_name, award_type_id, award_level, award_precedence, state, award_year,
                  year_from, decision_date, doc_number, issuer_unit_id, search_text)
                VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?)
                """, batch);
        batch.clear();
    }

    /** A legacy list of {@code rows} people already in the registry, 100 per decision of a provincial office. */
    private static byte[] importFile(Loaded data, int rows) throws IOException {
        Random random = new Random(99);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("DS");
            Row head = sheet.createRow(0);
            for (Column c : Column.values()) {
                head.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                int decision = (r - 1) / 100;
                Long unit = data.unitIds().get(random.nextInt(data.unitIds().size()));
                row.createCell(0).setCellValue((900_000 + decision) + "/QĐ-UBND");
                row.createCell(1).setCellValue("15/01/2024");
                row.createCell(2).setCellValue("Văn phòng Tỉnh ủy " + PROVINCES[decision % PROVINCES.length]);
                row.createCell(3).setCellValue("2023");
                row.createCell(4).setCellValue("Lao động tiên tiến");
                // Words only: a list whose names hold digits is refused as having no names.
                row.createCell(5).setCellValue("Người Nhập " + GIVEN[r % 40] + " " + GIVEN[r / 40 % 40] + " "
                        + GIVEN[r / 1600 % 40]);
                row.createCell(6).setCellValue(r % 2 == 0 ? "Nữ" : "Nam");
                row.createCell(7).setCellValue(String.valueOf(1970 + r % 30));
                row.createCell(8).setCellValue("Chuyên viên");
                row.createCell(9).setCellValue(data.unitNames().get(unit));
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }
}
