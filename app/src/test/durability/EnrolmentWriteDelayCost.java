import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What H2's WRITE_DELAY=0 costs the application (BENCHMARKS.md, "Durable commits on H2"): the five
 * demo learners apply in parallel through the API for open offerings, one after another, for a few
 * seconds; then they withdraw again (not measured) and the next run begins. Runs alternate between
 * H2's default write delay (500 ms) and 0, switched on the running server with SET WRITE_DELAY (a
 * database-wide setting) through a second connection (AUTO_SERVER), and checked again after each run:
 * a connection the pool opened meanwhile would have set it back to its URL's 0. (Rewriting the pool's
 * URL on the running server instead left it without its password: "No password credential found".)
 * Prints each run and the medians of the measured ones.
 *
 * <pre>
 * LARCENTRA_HTTP_PORT=28080 bash app/bin/larcentra start    # the run domain, demo data on H2 in data/
 * java -cp app/target/payara6/h2db/bin/h2.jar:app/target/payara6/glassfish/modules/jakarta.json.jar \
 *   -Dport=28080 app/src/test/durability/EnrolmentWriteDelayCost.java [rounds] [seconds] [warm-up rounds]
 * </pre>
 * It leaves WRITE_DELAY at 0, as the pool's URL sets it. (A single-file program, not part of the
 * build; it needs the run domain of this checkout and its data.)
 */
public class EnrolmentWriteDelayCost {

    private static final Path DATA = Path.of(System.getProperty("data", "data")).toAbsolutePath();
    private static final int PORT = Integer.getInteger("port", 8080);
    private static final URI BASE = URI.create("http://localhost:" + PORT + "/");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Run(String delay, int applications, double seconds, double p50Millis, double p99Millis) {
        double perSecond() {
            return applications / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            tokens.add(json(send("POST", "api/v1/auth/token", "{\"username\":\"learner" + i + "\",\"password\":\"larcentra-demo\"}",
                    null, 200)).getString("token"));
        }
        List<Long> offerings = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            json(send("GET", "api/v1/search?open=true&size=100&page=" + page, null, null, 200)).getJsonArray("items")
                    .getValuesAs(JsonObject.class).forEach(o -> offerings.add(o.getJsonNumber("id").longValue()));
        }
        System.out.printf("%d learners, %d open offerings, %d rounds of %d s per setting after %d warm-up rounds, H2 in %s%n",
                tokens.size(), offerings.size(), rounds, seconds, warmUp, DATA);
        withdrawAll(tokens);

        List<Run> runs = new ArrayList<>();
        for (int round = 1 - warmUp; round <= rounds; round++) {
            for (String delay : new String[] {"500", "0"}) {
                setDelay(delay);
                Run run = applyFor(seconds, tokens, offerings, delay);
                String after = delay();
                if (!after.equals(delay)) {
                    throw new IllegalStateException("WRITE_DELAY changed to " + after + " during the run (a new pooled connection?)");
                }
                withdrawAll(tokens);
                if (round > 0) {
                    runs.add(run);
                }
                System.out.printf("%-8s WRITE_DELAY=%-3s %5d applications, %6.1f/s, p50 %6.2f ms, p99 %6.2f ms%n",
                        round > 0 ? "round " + round : "warm-up", delay, run.applications(), run.perSecond(), run.p50Millis(),
                        run.p99Millis());
            }
        }
        setDelay("0");
        System.out.println();
        System.out.println("| WRITE_DELAY | applications/s (median) | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|");
        for (String delay : new String[] {"500", "0"}) {
            List<Run> these = runs.stream().filter(r -> r.delay().equals(delay)).toList();
            System.out.printf("| %s | %.1f | %.2f | %.2f |%n", delay.equals("500") ? "default (500 ms)" : "0",
                    median(these.stream().mapToDouble(Run::perSecond).toArray()),
                    median(these.stream().mapToDouble(Run::p50Millis).toArray()),
                    median(these.stream().mapToDouble(Run::p99Millis).toArray()));
        }
    }

    /** Each learner applies for the offerings in turn (each starting elsewhere) until the time is up. */
    private static Run applyFor(int seconds, List<String> tokens, List<Long> offerings, String delay) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            List<Long> order = new ArrayList<>(offerings);
            Collections.rotate(order, i * offerings.size() / tokens.size());
            results.add(pool.submit(() -> {
                long[] nanos = new long[order.size()];
                int n = 0;
                for (long offering : order) {
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    long start = System.nanoTime();
                    HttpResponse<String> r = send("POST", "api/v1/enrolments", "{\"offeringId\":" + offering + "}", token, -1);
                    if (r.statusCode() == 201) {
                        nanos[n++] = System.nanoTime() - start;
                    } else if (r.statusCode() != 409) {
                        throw new IllegalStateException(r.statusCode() + " " + r.body());
                    }
                }
                if (n == order.size()) {
                    throw new IllegalStateException("a learner ran out of offerings: use fewer seconds");
                }
                return Arrays.copyOf(nanos, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            Arrays.stream(f.get()).forEach(all::add);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Run(delay, all.size(), elapsed, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
    }

    private static void withdrawAll(List<String> tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        List<Future<Void>> done = new ArrayList<>();
        for (String token : tokens) {
            done.add(pool.submit(() -> {
                for (JsonObject e : json(send("GET", "api/v1/me/enrolments", null, token, 200)).getJsonArray("items")
                        .getValuesAs(JsonObject.class)) {
                    String status = e.getString("status");
                    if (status.equals("ADMITTED") || status.equals("WAITLISTED") || status.equals("PENDING_APPROVAL")) {
                        send("DELETE", "api/v1/enrolments/" + e.getJsonNumber("id"), null, token, 204);
                    }
                }
                return null;
            }));
        }
        for (Future<Void> f : done) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    // --- the database-wide write delay, through a second connection to the server's H2

    private static Connection h2() throws Exception {
        return DriverManager.getConnection("jdbc:h2:" + DATA.resolve("db/larcentra") + ";AUTO_SERVER=TRUE", "larcentra", "larcentra");
    }

    private static void setDelay(String delay) throws Exception {
        try (Connection c = h2(); Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + Integer.parseInt(delay));
        }
        if (!delay().equals(delay)) {
            throw new IllegalStateException("WRITE_DELAY is " + delay() + ", not " + delay);
        }
    }

    private static String delay() throws Exception {
        try (Connection c = h2(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            r.next();
            return r.getString(1);
        }
    }

    // --- HTTP

    private static HttpResponse<String> send(String method, String path, String json, String token, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (expected > 0 && response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
