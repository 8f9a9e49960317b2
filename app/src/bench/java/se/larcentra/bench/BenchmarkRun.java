package se.larcentra.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's driver, run by app/src/bench/run.sh against a running benchmark domain. Its
 * phases ({@code bench.phases}): {@code login-flood}, on the demo catalogue as the domain starts,
 * measures the start page alone and under a flood of wrong logins ({@link LoginFlood}); {@code search},
 * for each catalogue size, grows the catalogue, waits for the index, copies the data to PostgreSQL,
 * waits for integration runs on the machine to end, and measures search inside the server, over
 * HTTP, under wrk, the SQL baselines, an index rebuild and the index's memory. Then it writes the
 * results table. Settings are system properties ({@code bench.*}, see run.sh).
 */
public final class BenchmarkRun {

    /** Everything measured at one catalogue size. */
    record SizeResult(long offerings, Map<String, Long> data, long growMillis, long catchUpMillis, long copyRows,
            Map<String, BenchServer.Timing> inServer, Map<String, BenchServer.Timing> http, WarmedWrk wrk,
            Map<String, SqlBaselines.Timing> likeH2, Map<String, SqlBaselines.Timing> likePostgres,
            Map<String, SqlBaselines.Timing> fullText, long rebuildMillis, long rebuildDocuments, JsonObject grownIndex,
            Map<String, BenchServer.Timing> inServerRebuilt, WarmedWrk wrkRebuilt, Wrk.Result wrkHealth, JsonObject memory,
            BenchServer.Timing visibility, Map<String, BenchServer.Timing> suggestions, long serverRss, List<MachineLoad.Phase> phases,
            String loadBefore, String loadAfter, long waitedSeconds, List<String> busyStarts, int luceneRounds, int httpRounds) {
    }

    /** A measured wrk run of the mix and the unmeasured one before it. */
    record WarmedWrk(Wrk.Result warmup, Wrk.Result measured) {
    }

    /** What people type into the search box: one to six letters of common words and subjects. */
    static final List<String> SUGGEST_PREFIXES = List.of("s", "sv", "sve", "matem", "eng", "sjuksk", "prog", "ekon", "vård", "ledar");
    static final int VISIBILITY_ROUNDS = 30;

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final List<String> PHASES = List.of("login-flood", "search");

    private final BenchServer server;
    private final String h2Url;
    private final String pgUrl;
    private final Path out;
    private final int wrkSeconds = Integer.getInteger("bench.wrk.seconds", 30);
    /** An unmeasured wrk run before each measured one, as the other phases start after warm-up rounds. */
    private final int wrkWarmupSeconds = Integer.getInteger("bench.wrk.warmup", 10);
    private final int luceneWarmup = Integer.getInteger("bench.lucene.warmup", 100);
    private final int luceneRounds = Integer.getInteger("bench.lucene.rounds", 500);
    private final int httpWarmup = Integer.getInteger("bench.http.warmup", 50);
    private final int httpRounds = Integer.getInteger("bench.http.rounds", 300);
    private final double sqlBudget = Double.parseDouble(System.getProperty("bench.sql.budget", "60"));
    private final long maxWaitSeconds = Long.getLong("bench.maxWaitMinutes", 45) * 60;
    /** Others may use this much of the machine (cores) while a phase starts. */
    private final double quietCores = Double.parseDouble(System.getProperty("bench.quietCores", "0.25"));
    private MachineLoad load;
    private long waited;
    private final List<String> busyStarts = new ArrayList<>();
    private final List<String> phases = phases(System.getProperty("bench.phases", ""));

    private BenchmarkRun() {
        server = new BenchServer(System.getProperty("bench.url", "http://localhost:18080"));
        h2Url = required("bench.h2");
        pgUrl = required("bench.pg");
        out = Path.of(System.getProperty("bench.out", "app/target/bench"));
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkRun().run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        String startedAt = java.time.ZonedDateTime.now(SWEDEN).withNano(0).toString();
        String uptimeBefore = uptime();
        long pid = server.info().getJsonNumber("pid").longValue();
        load = new MachineLoad(pid);
        say("Benchmark domain at " + server.base() + " (pid " + pid + "); load average " + MachineLoad.loadAverage());
        say("Phases: " + String.join(", ", phases));
        awaitIndex(-1);

        LoginFlood.Result flood = null;
        if (phases.contains("login-flood")) {
            flood = loginFlood();
        }
        JsonObject baseline = null;
        List<SizeResult> results = new ArrayList<>();
        if (phases.contains("search")) {
            baseline = server.memory();
            say("Before growing (the demo catalogue): " + baseline);
            for (String size : System.getProperty("bench.sizes", "10000,100000").split(",")) {
                results.add(measure(Long.parseLong(size.strip()), pid));
            }
        }
        String uptimeAfter = uptime();
        String report = Report.markdown(flood, results, baseline, startedAt, uptimeBefore, uptimeAfter, wrkSeconds, wrkWarmupSeconds,
                luceneWarmup, httpWarmup, postgresVersion(), h2Version());
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        if (results.isEmpty()) {
            say("Results written to " + out.resolve("results.md"));
            return;
        }
        SqlBaselines sql = new SqlBaselines(today(), places());
        Files.writeString(out.resolve("baseline-sql.txt"), "-- (a) LIKE, on H2 and PostgreSQL\n"
                + sql.describe(SqlBaselines.Kind.LIKE, QueryMix.MIX) + "\n-- (b) PostgreSQL full-text search\n"
                + sql.describe(SqlBaselines.Kind.FULL_TEXT, QueryMix.MIX), StandardCharsets.UTF_8);
        say("Results written to " + out.resolve("results.md") + " (SQL of the baselines: " + out.resolve("baseline-sql.txt") + ")");
    }

    /** The start page alone and under a flood of wrong logins, on the catalogue as it is (the demo's, first). */
    private LoginFlood.Result loginFlood() throws InterruptedException {
        say("=== login flood");
        busyStarts.clear();
        waited = awaitQuietMachine();
        LoginFlood flood = new LoginFlood(server.base(), Integer.getInteger("bench.login.attempts", 200),
                Integer.getInteger("bench.login.connections", 16), Integer.getInteger("bench.login.probeRate", 20),
                Integer.getInteger("bench.login.idleSeconds", 20), Integer.getInteger("bench.login.warmupSeconds", 30));
        return flood.run(load, this::awaitQuietPhase).waited(waited, busyStarts);
    }

    /** The phases named (comma-separated), in their fixed order; all when none are named. */
    private static List<String> phases(String names) {
        if (names.isBlank()) {
            return PHASES;
        }
        List<String> chosen = new ArrayList<>();
        for (String name : names.split(",")) {
            String phase = name.strip();
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("unknown phase " + phase + " in bench.phases; known: " + String.join(", ", PHASES));
            }
            chosen.add(phase);
        }
        return PHASES.stream().filter(chosen::contains).toList();
    }

    private SizeResult measure(long size, long pid) throws Exception {
        say("=== " + size + " offerings");
        busyStarts.clear();
        long growStart = System.nanoTime();
        JsonObject growth;
        do {
            growth = server.grow(size, 20_000);
            say("  grown to " + growth.getJsonNumber("offerings") + " offerings (+" + growth.getJsonNumber("added") + " in "
                    + growth.getJsonNumber("millis") + " ms)");
        } while (growth.getJsonNumber("offerings").longValue() < size);
        long growMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - growStart);
        long offerings = growth.getJsonNumber("offerings").longValue();
        long catchUp = awaitIndex(offerings);
        say("  index caught up " + catchUp + " ms after the last batch");

        Map<String, Long> data;
        long copied;
        try (Connection h2 = h2(); Connection postgres = postgres()) {
            data = dataFigures(h2);
            say("  data: " + data);
            long t0 = System.nanoTime();
            copied = PostgresCopy.copy(h2, postgres);
            say("  copied " + copied + " rows to PostgreSQL in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) + " s");
        }

        waited = awaitQuietMachine();
        String loadBefore = MachineLoad.loadAverage();
        say("  measuring; load average " + loadBefore);
        List<MachineLoad.Phase> phases = new ArrayList<>();

        awaitQuietPhase();
        var mark = load.mark();
        Map<String, BenchServer.Timing> inServer = server.inServer(QueryMix.MIX, luceneWarmup, luceneRounds);
        phases.add(load.end("Lucene, inside the server", mark, 0));
        say("  in-server: " + summary(inServer.values().stream().map(BenchServer.Timing::stats).toList()));

        awaitQuietPhase();
        mark = load.mark();
        Map<String, BenchServer.Timing> http = server.overHttp(QueryMix.MIX, httpWarmup, httpRounds);
        phases.add(load.end("Lucene, over HTTP (sequential)", mark, 0));
        say("  HTTP: " + summary(http.values().stream().map(BenchServer.Timing::stats).toList()));

        WarmedWrk wrk = wrkOnMix("wrk, " + wrkSeconds + " s", "wrk", phases);

        SqlBaselines sql = new SqlBaselines(today(), places());
        Map<String, SqlBaselines.Timing> likeH2;
        try (Connection h2 = h2()) {
            awaitQuietPhase();
            mark = load.mark();
            likeH2 = sql.time(h2, SqlBaselines.Kind.LIKE, QueryMix.MIX, sqlBudget, 10, 200);
            phases.add(load.end("SQL LIKE on H2", mark, 0));
        }
        say("  LIKE on H2: " + summary(likeH2.values().stream().map(SqlBaselines.Timing::stats).toList()));
        Map<String, SqlBaselines.Timing> likePostgres;
        Map<String, SqlBaselines.Timing> fullText;
        try (Connection postgres = postgres()) {
            awaitQuietPhase();
            mark = load.mark();
            likePostgres = sql.time(postgres, SqlBaselines.Kind.LIKE, QueryMix.MIX, sqlBudget, 10, 200);
            phases.add(load.end("SQL LIKE on PostgreSQL", mark, 0));
            say("  LIKE on PostgreSQL: " + summary(likePostgres.values().stream().map(SqlBaselines.Timing::stats).toList()));
            awaitQuietPhase();
            mark = load.mark();
            fullText = sql.time(postgres, SqlBaselines.Kind.FULL_TEXT, QueryMix.MIX, sqlBudget, 10, 500);
            phases.add(load.end("PostgreSQL full-text search", mark, 0));
            say("  full text on PostgreSQL: " + summary(fullText.values().stream().map(SqlBaselines.Timing::stats).toList()));
        }

        JsonObject grown = server.memory();
        say("  the index as grown: " + grown);
        awaitQuietPhase();
        mark = load.mark();
        JsonObject rebuilt = server.rebuild();
        phases.add(load.end("index rebuild", mark, 0));
        say("  rebuild: " + rebuilt);
        awaitQuietPhase();
        mark = load.mark();
        Map<String, BenchServer.Timing> inServerRebuilt = server.inServer(QueryMix.MIX, luceneWarmup, luceneRounds);
        phases.add(load.end("Lucene, inside the server, rebuilt index", mark, 0));
        say("  in-server on the rebuilt index: " + summary(inServerRebuilt.values().stream().map(BenchServer.Timing::stats).toList()));
        WarmedWrk wrkRebuilt = wrkOnMix("wrk, " + wrkSeconds + " s, rebuilt index", "wrk on the rebuilt index", phases);
        Wrk.run(server.base() + "/api/v1/health", 1, 16, wrkWarmupSeconds, out); // warm-up, not counted
        awaitQuietPhase();
        mark = load.mark();
        Wrk.Result wrkHealth = Wrk.run(server.base() + "/api/v1/health", 1, 16, 10, out);
        phases.add(load.end("wrk, 10 s, /api/v1/health", mark, wrkHealth.cpuSeconds()));
        say("  wrk on /api/v1/health: " + Math.round(wrkHealth.requestsPerSecond()) + " requests/s");
        // Last, as renames leave new segments behind that the server then merges in the background.
        awaitQuietPhase();
        mark = load.mark();
        Map<String, BenchServer.Timing> suggestions = server.suggestInServer(SUGGEST_PREFIXES, 200, 1_000);
        phases.add(load.end("autocomplete, inside the server", mark, 0));
        say("  autocomplete: " + summary(suggestions.values().stream().map(BenchServer.Timing::stats).toList()));
        awaitQuietPhase();
        mark = load.mark();
        BenchServer.Timing visibility = server.visibility(VISIBILITY_ROUNDS);
        phases.add(load.end("committed change until visible in search", mark, 0));
        say("  committed change visible in search: " + summary(List.of(visibility.stats())));
        JsonObject memory = server.memory();
        long rss = MachineLoad.residentBytes(pid);
        say("  memory: " + memory + ", RSS " + rss / (1 << 20) + " MB");
        String loadAfter = MachineLoad.loadAverage();
        return new SizeResult(offerings, data, growMillis, catchUp, copied, inServer, http, wrk, likeH2, likePostgres,
                fullText, rebuilt.getJsonNumber("millis").longValue(), rebuilt.getJsonNumber("documents").longValue(), grown,
                inServerRebuilt, wrkRebuilt, wrkHealth, memory, visibility, suggestions, rss,
                phases, loadBefore, loadAfter, waited, List.copyOf(busyStarts), luceneRounds, httpRounds);
    }

    /**
     * wrk on the mix, measured as {@code phase}, after an unmeasured run of {@code wrkWarmupSeconds}.
     * The phases before it send one request at a time; the warm-up gives sixteen at once the same
     * chance to be compiled and settled that the in-server and HTTP phases get from their warm-up
     * rounds (after a redeploy, consecutive wrk runs climbed from 505 to 794 requests/s).
     */
    private WarmedWrk wrkOnMix(String phase, String label, List<MachineLoad.Phase> phases)
            throws IOException, InterruptedException {
        Wrk.Result warmup = Wrk.run(server.base(), QueryMix.MIX, 1, 16, wrkWarmupSeconds, out);
        say("  " + label + ", warm-up (" + wrkWarmupSeconds + " s, not counted): " + Math.round(warmup.requestsPerSecond())
                + " requests/s, p99 " + warmup.p99Ms() + " ms");
        awaitQuietPhase();
        var mark = load.mark();
        Wrk.Result measured = Wrk.run(server.base(), QueryMix.MIX, 1, 16, wrkSeconds, out);
        phases.add(load.end(phase, mark, measured.cpuSeconds()));
        say("  " + label + ": " + Math.round(measured.requestsPerSecond()) + " requests/s, p99 " + measured.p99Ms() + " ms");
        return new WarmedWrk(warmup, measured);
    }

    /** Waits until the index is ready, no rebuild runs, and (if given) it holds {@code documents}. */
    private long awaitIndex(long documents) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.MINUTES.toNanos(30);
        while (true) {
            JsonObject search = server.health().getJsonObject("search");
            // ...and merged as the server would leave it when idle (see IndexGeneration.worthMerging).
            long deleted = search.getJsonNumber("deletedDocuments").longValue();
            long maxDoc = search.getJsonNumber("documents").longValue() + deleted;
            boolean settled = !search.getBoolean("merging") && search.getInt("segments") <= 3 && deleted <= maxDoc * 0.03;
            boolean ready = search.getBoolean("ready") && absent(search, "rebuild") && settled;
            if (!absent(search, "lastError")) {
                say("  index reports: " + search.getString("lastError"));
            }
            if (ready && (documents < 0 || search.getJsonNumber("documents").longValue() == documents)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the index did not catch up within 30 minutes: " + search);
            }
            Thread.sleep(100);
        }
    }

    /**
     * Waits, up to {@code bench.maxWaitMinutes} in all, until others use less than
     * {@code bench.quietCores} of the machine (over 3 s), so that a phase starts on a quiet machine.
     * Others may still start work during the phase; the CPU table shows it.
     */
    private void awaitQuietPhase() throws InterruptedException {
        boolean told = false;
        while (true) {
            var mark = load.mark();
            Thread.sleep(3_000);
            double others = load.otherCores(mark);
            if (others < quietCores) {
                return;
            }
            if (Math.abs(waited) >= maxWaitSeconds) {
                busyStarts.add("%.1f cores".formatted(others));
                say("  others use %.1f cores; measuring anyway (noted in the results)".formatted(others));
                return;
            }
            if (!told) {
                say("  others use %.1f cores of the machine; waiting for it to be quiet".formatted(others));
                told = true;
            }
            Thread.sleep(7_000);
            waited += waited < 0 ? -10 : 10;
        }
    }

    /** Waits while an integration run (an "itdomain" process) is on the machine, up to a limit. */
    private long awaitQuietMachine() throws InterruptedException {
        long waited = 0;
        while (!MachineLoad.integrationTestProcesses().isEmpty() && waited < maxWaitSeconds) {
            if (waited % 60 == 0) {
                say("  an integration run is on the machine (itdomain processes " + MachineLoad.integrationTestProcesses()
                        + "); waiting for it to end");
            }
            Thread.sleep(5_000);
            waited += 5;
        }
        if (!MachineLoad.integrationTestProcesses().isEmpty()) {
            say("  still an itdomain process after " + waited / 60 + " min; measuring anyway (noted in the results)");
            return -waited;
        }
        return waited;
    }

    private Map<String, Long> dataFigures(Connection h2) throws SQLException {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("offerings", scalar(h2, "SELECT COUNT(*) FROM offering"));
        try (PreparedStatement visible = h2.prepareStatement(
                "SELECT COUNT(*) FROM offering WHERE cancelled = FALSE AND end_date >= ?")) {
            visible.setObject(1, today());
            try (ResultSet r = visible.executeQuery()) {
                r.next();
                figures.put("searchable (not cancelled or finished)", r.getLong(1));
            }
        }
        figures.put("courses", scalar(h2, "SELECT COUNT(*) FROM course"));
        figures.put("course texts (sv + en)", scalar(h2, "SELECT COUNT(*) FROM course_text"));
        figures.put("providers", scalar(h2, "SELECT COUNT(*) FROM provider"));
        figures.put("provider types", scalar(h2, "SELECT COUNT(DISTINCT provider_type) FROM provider"));
        figures.put("learning centres", scalar(h2, "SELECT COUNT(*) FROM learning_centre"));
        figures.put("municipalities hosting offerings", scalar(h2, "SELECT COUNT(DISTINCT lc.municipality_code) FROM"
                + " offering_centre oc JOIN learning_centre lc ON lc.id = oc.centre_id"));
        figures.put("subjects", scalar(h2, "SELECT COUNT(DISTINCT subject) FROM course"));
        figures.put("offering-centre links", scalar(h2, "SELECT COUNT(*) FROM offering_centre"));
        figures.put("average description length (chars)", scalar(h2, "SELECT AVG(LENGTH(description)) FROM course_text"));
        return figures;
    }

    /** JSON-B leaves null properties out. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Map<String, double[]> places() throws SQLException {
        Map<String, double[]> places = new LinkedHashMap<>();
        try (Connection h2 = h2();
                PreparedStatement statement = h2.prepareStatement("SELECT latitude, longitude FROM municipality WHERE code = ?")) {
            for (QueryMix.Query query : QueryMix.MIX) {
                if (query.near() != null) {
                    statement.setString(1, query.near());
                    try (ResultSet r = statement.executeQuery()) {
                        r.next();
                        places.put(query.near(), new double[] {r.getDouble(1), r.getDouble(2)});
                    }
                }
            }
        }
        return places;
    }

    private Connection h2() throws SQLException {
        Connection connection = DriverManager.getConnection(h2Url, "larcentra", "larcentra");
        connection.setReadOnly(true);
        return connection;
    }

    private Connection postgres() throws SQLException {
        return DriverManager.getConnection(pgUrl, System.getProperty("bench.pg.user", "postgres"),
                System.getProperty("bench.pg.password", ""));
    }

    private String postgresVersion() throws SQLException {
        try (Connection postgres = postgres()) {
            return postgres.getMetaData().getDatabaseProductVersion();
        }
    }

    private String h2Version() throws SQLException {
        try (Connection h2 = h2()) {
            return h2.getMetaData().getDatabaseProductVersion();
        }
    }

    static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return text;
        } catch (Exception e) {
            return "load average " + MachineLoad.loadAverage();
        }
    }

    private static String summary(List<Stats> parts) {
        Stats mix = Stats.pooled(parts);
        return "mix p50 %.2f ms, p99 %.2f ms (%d samples)".formatted(mix.p50(), mix.p99(), mix.count());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("set -D" + property + " (run.sh does)");
        }
        return value;
    }

    static void say(String text) {
        System.out.println("» " + text);
        System.out.flush();
    }
}
