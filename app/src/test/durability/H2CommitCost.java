import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * What H2's WRITE_DELAY=0 costs (BENCHMARKS.md, "Durable commits on H2"): transactions shaped like an
 * application for an offering (lock the offering's row, insert the enrolment, its history step, an
 * audit entry and an outbox mail, update the seat count), run for a few seconds by 1 and by 4 threads
 * against a fresh embedded H2 file opened as the server opens it, with H2's default write delay
 * (500 ms) and with WRITE_DELAY=0, alternating, several rounds after unmeasured warm-up rounds (the
 * first rounds in a fresh JVM ran up to 50 times slower). Prints each run and the medians of the
 * measured ones.
 *
 * <pre>
 * java -cp app/target/payara6/h2db/bin/h2.jar app/src/test/durability/H2CommitCost.java [rounds] [seconds] [warm-up rounds]
 * </pre>
 * (Payara's H2, 2.2.224; a single-file program, not part of the build.)
 */
public class H2CommitCost {

    private static final int OFFERINGS = 200;
    private static final String MAIL_BODY = "Hej Testperson!\n\nDu har fått en plats på Matematik 1b, som börjar 12 januari 2027."
            .repeat(4);

    record Run(String setting, int threads, int commits, double seconds, double p50Millis, double p99Millis) {
        double perSecond() {
            return commits / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.printf("H2 %s, %d rounds of %d s per setting and thread count after %d warm-up rounds, %d cores%n",
                org.h2.engine.Constants.VERSION, rounds, seconds, warmUp, Runtime.getRuntime().availableProcessors());
        List<Run> runs = new ArrayList<>();
        for (int round = 1 - warmUp; round <= rounds; round++) {
            for (int threads : new int[] {1, 4}) {
                for (String setting : new String[] {"", ";WRITE_DELAY=0"}) {
                    Run run = run(setting, threads, seconds);
                    if (round > 0) {
                        runs.add(run);
                    }
                    System.out.printf("%-8s %-16s %d thread(s): %6d commits, %7.0f/s, p50 %.2f ms, p99 %.2f ms%n",
                            round > 0 ? "round " + round : "warm-up", label(setting), threads, run.commits(), run.perSecond(), run.p50Millis(), run.p99Millis());
                }
            }
        }
        System.out.println();
        System.out.println("| threads | write delay | commits/s (median) | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|");
        for (int threads : new int[] {1, 4}) {
            for (String setting : new String[] {"", ";WRITE_DELAY=0"}) {
                List<Run> these = runs.stream().filter(r -> r.threads() == threads && r.setting().equals(setting)).toList();
                System.out.printf("| %d | %s | %.0f | %.2f | %.2f |%n", threads, label(setting),
                        median(these.stream().mapToDouble(Run::perSecond).toArray()),
                        median(these.stream().mapToDouble(Run::p50Millis).toArray()),
                        median(these.stream().mapToDouble(Run::p99Millis).toArray()));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String label(String setting) {
        return setting.isEmpty() ? "default (500 ms)" : "0";
    }

    private static Run run(String setting, int threads, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("h2-commit-cost");
        // As app/bin/larcentra opens it, less AUTO_SERVER (no second process here).
        String url = "jdbc:h2:" + dir.resolve("db") + ";LOCK_TIMEOUT=10000" + setting;
        try (Connection c = DriverManager.getConnection(url, "larcentra", "larcentra"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE offering (id BIGINT PRIMARY KEY, places INT, admitted_count INT NOT NULL)");
            s.execute("CREATE TABLE enrolment (id BIGINT AUTO_INCREMENT PRIMARY KEY, offering_id BIGINT NOT NULL,"
                    + " learner_id BIGINT NOT NULL, status VARCHAR(20) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE TABLE enrolment_event (id BIGINT AUTO_INCREMENT PRIMARY KEY, enrolment_id BIGINT NOT NULL,"
                    + " status VARCHAR(20), actor VARCHAR(100), at TIMESTAMP WITH TIME ZONE)");
            s.execute("CREATE TABLE audit_log (id BIGINT AUTO_INCREMENT PRIMARY KEY, actor VARCHAR(100), action VARCHAR(100),"
                    + " subject VARCHAR(100), detail VARCHAR(1000), at TIMESTAMP WITH TIME ZONE)");
            s.execute("CREATE TABLE outbox (id BIGINT AUTO_INCREMENT PRIMARY KEY, recipient VARCHAR(200), subject VARCHAR(200),"
                    + " body VARCHAR(10000), status VARCHAR(20), created_at TIMESTAMP WITH TIME ZONE)");
            for (int i = 0; i < OFFERINGS; i++) {
                s.execute("INSERT INTO offering VALUES (" + i + ", 1000000, 0)");
            }
            String writeDelay;
            try (ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                writeDelay = r.next() ? r.getString(1) : "?";
            }
            if (!writeDelay.equals(setting.isEmpty() ? "500" : "0")) {
                throw new IllegalStateException("WRITE_DELAY is " + writeDelay + " with " + url);
            }

            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch start = new CountDownLatch(1);
            List<long[]> latencies = new ArrayList<>();
            List<Thread> workers = new ArrayList<>();
            int[] counts = new int[threads];
            for (int t = 0; t < threads; t++) {
                long[] nanos = new long[2_000_000];
                latencies.add(nanos);
                int worker = t;
                Thread thread = new Thread(() -> {
                    try (Connection w = DriverManager.getConnection(url, "larcentra", "larcentra")) {
                        w.setAutoCommit(false);
                        start.await();
                        while (!stop.get()) {
                            long t0 = System.nanoTime();
                            apply(w, ThreadLocalRandom.current().nextInt(OFFERINGS), worker * 1_000_000L + counts[worker]);
                            nanos[counts[worker]++] = System.nanoTime() - t0;
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                thread.start();
                workers.add(thread);
            }
            long t0 = System.nanoTime();
            start.countDown();
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            for (Thread thread : workers) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long[] all = new long[Arrays.stream(counts).sum()];
            int at = 0;
            for (int t = 0; t < threads; t++) {
                System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
                at += counts[t];
            }
            Arrays.sort(all);
            return new Run(setting, threads, all.length, elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One application: the offering's row locked first, as the app does, then five writes, one commit. */
    private static void apply(Connection c, int offering, long learner) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT admitted_count FROM offering WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, offering);
            lock.executeQuery().close();
        }
        long enrolmentId;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO enrolment (offering_id, learner_id, status, applied_at)"
                + " VALUES (?, ?, 'ADMITTED', CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, offering);
            insert.setLong(2, learner);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                enrolmentId = keys.getLong(1);
            }
        }
        try (PreparedStatement event = c.prepareStatement("INSERT INTO enrolment_event (enrolment_id, status, actor, at)"
                + " VALUES (?, 'ADMITTED', ?, CURRENT_TIMESTAMP)")) {
            event.setLong(1, enrolmentId);
            event.setString(2, "learner" + learner);
            event.executeUpdate();
        }
        try (PreparedStatement seats = c.prepareStatement("UPDATE offering SET admitted_count = admitted_count + 1 WHERE id = ?")) {
            seats.setLong(1, offering);
            seats.executeUpdate();
        }
        try (PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (actor, action, subject, detail, at)"
                + " VALUES (?, 'enrolment.admitted', ?, ?, CURRENT_TIMESTAMP)")) {
            audit.setString(1, "learner" + learner);
            audit.setString(2, "enrolment:" + enrolmentId);
            audit.setString(3, "offering " + offering + ", learner " + learner + ", from none");
            audit.executeUpdate();
        }
        try (PreparedStatement mail = c.prepareStatement("INSERT INTO outbox (recipient, subject, body, status, created_at)"
                + " VALUES (?, 'Du har fått en plats: Matematik 1b', ?, 'PENDING', CURRENT_TIMESTAMP)")) {
            mail.setString(1, "learner" + learner + "@example.org");
            mail.setString(2, MAIL_BODY);
            mail.executeUpdate();
        }
        c.commit();
    }
}
