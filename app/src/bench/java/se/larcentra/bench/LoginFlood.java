package se.larcentra.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The start page while wrong logins flood the server (issue 11, point 4: the flood must not raise
 * its p99 above 500 ms): {@code GET /} at a steady rate alone, then while {@code attempts} wrong
 * logins ({@code POST /api/v1/auth/token}) arrive over {@code connections} connections, then alone
 * again; all in one run, so the figures compare on the same machine at the same moment.
 *
 * <p>The start page is requested open-loop, as other visitors would: a request every
 * {@code 1 / probeRate} seconds whether or not the one before has been answered, each timed from
 * sending to having read the whole page, so a stalled server shows in every request that waited
 * for it. One visitor (one cookie jar: the first request makes a session, the rest reuse it).
 * The flood is as an attacker sends it: every connection sends its next guess as soon as the last
 * is answered, never waiting for {@code Retry-After}. Guess {@code i} names a demo account
 * ({@link #DEMO_USERNAMES}, in turn) when {@code i} is even and an unknown username otherwise.
 */
final class LoginFlood {

    /** The demo's accounts (README): the known usernames the flood guesses at. */
    static final List<String> DEMO_USERNAMES = List.of("learner1", "learner2", "learner3", "learner4", "learner5",
            "teacher1", "coordinator1", "tutor1", "admin");

    /** The start page over one stretch: latencies of the pages answered 200, and what was not. */
    record Probe(String name, Stats latency, int sent, int notOk, double seconds) {
    }

    /** The flood: how long it took from the first guess to the last answer, what came back, how fast. */
    record Flood(int attempts, int connections, double seconds, Map<String, Integer> answers, Stats latency) {
    }

    /** {@code waitedSeconds} and {@code busyStarts} as for a catalogue size (see {@code BenchmarkRun.SizeResult}). */
    record Result(int probeRate, int idleSeconds, int warmupSeconds, Probe before, Probe during, Probe after, Flood flood,
            List<MachineLoad.Phase> phases, long waitedSeconds, List<String> busyStarts) {

        Result waited(long seconds, List<String> busy) {
            return new Result(probeRate, idleSeconds, warmupSeconds, before, during, after, flood, phases, seconds, List.copyOf(busy));
        }
    }

    /** Waits for a quiet machine before a measured stretch (the driver's own rule). */
    interface QuietWait {
        void await() throws InterruptedException;
    }

    private final String base;
    private final int attempts;
    private final int connections;
    private final int probeRate;
    private final int idleSeconds;
    private final int warmupSeconds;

    LoginFlood(String base, int attempts, int connections, int probeRate, int idleSeconds, int warmupSeconds) {
        this.base = base;
        this.attempts = attempts;
        this.connections = connections;
        this.probeRate = probeRate;
        this.idleSeconds = idleSeconds;
        this.warmupSeconds = warmupSeconds;
    }

    Result run(MachineLoad load, QuietWait quiet) throws InterruptedException {
        List<MachineLoad.Phase> phases = new ArrayList<>();
        probeFor("warm-up", warmupSeconds); // the page compiled and its session made, as later stretches find it

        quiet.await();
        var mark = load.mark();
        Probe before = probeFor("start page alone, before", idleSeconds);
        phases.add(load.end(before.name(), mark, 0));
        BenchmarkRun.say("  " + describe(before));

        quiet.await();
        mark = load.mark();
        Prober prober = new Prober("start page during the flood");
        prober.start();
        Flood flood = flood();
        Probe during = prober.stop();
        phases.add(load.end(during.name(), mark, 0));
        BenchmarkRun.say("  " + describe(during));
        BenchmarkRun.say("  flood: %d wrong logins over %d connections in %.1f s, answers %s, login p50 %.0f ms, p99 %.0f ms"
                .formatted(flood.attempts(), flood.connections(), flood.seconds(), flood.answers(), flood.latency().p50(),
                        flood.latency().p99()));

        mark = load.mark(); // right after the flood, without waiting: how the server comes back
        Probe after = probeFor("start page alone, after", idleSeconds);
        phases.add(load.end(after.name(), mark, 0));
        BenchmarkRun.say("  " + describe(after));
        return new Result(probeRate, idleSeconds, warmupSeconds, before, during, after, flood, phases, 0, List.of());
    }

    private Probe probeFor(String name, int seconds) throws InterruptedException {
        Prober prober = new Prober(name);
        prober.start();
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        return prober.stop();
    }

    private static String describe(Probe probe) {
        return "%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d pages, %d not 200) in %.1f s".formatted(probe.name(),
                probe.latency().p50(), probe.latency().p99(), probe.latency().ms(100), probe.latency().count(), probe.notOk(),
                probe.seconds());
    }

    private Flood flood() throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            done.add(senders.submit(() -> {
                HttpClient client = client(null); // a client each: one connection each
                for (int i; (i = next.getAndIncrement()) < attempts; ) {
                    String answer;
                    long t0 = System.nanoTime();
                    try {
                        answer = Integer.toString(client.send(guess(i), HttpResponse.BodyHandlers.discarding()).statusCode());
                    } catch (IOException e) {
                        answer = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    nanos.add(System.nanoTime() - t0);
                    answers.merge(answer, 1, Integer::sum);
                }
            }));
        }
        senders.shutdown();
        if (!senders.awaitTermination(30, TimeUnit.MINUTES)) {
            senders.shutdownNow();
            throw new IllegalStateException("the login flood did not end within 30 minutes");
        }
        for (Future<?> sender : done) {
            try {
                sender.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a flood connection failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Flood(attempts, connections, seconds, new TreeMap<>(answers),
                new Stats(nanos.stream().mapToLong(Long::longValue).toArray()));
    }

    private HttpRequest guess(int i) {
        String username = i % 2 == 0 ? DEMO_USERNAMES.get((i / 2) % DEMO_USERNAMES.size()) : "unknown-guess-" + i;
        String body = "{\"username\":\"" + username + "\",\"password\":\"not-the-password-" + i + "\"}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    /** {@code GET /} every {@code 1 / probeRate} s, open-loop, until stopped. */
    private final class Prober {

        private final String name;
        private final HttpClient client = client(new CookieManager());
        private final HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(60)).GET().build();
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        private final List<CompletableFuture<?>> sent = new ArrayList<>();
        private final AtomicInteger notOk = new AtomicInteger();
        private long started;

        Prober(String name) {
            this.name = name;
        }

        void start() {
            started = System.nanoTime();
            ticker.scheduleAtFixedRate(this::send, 0, 1_000_000_000L / probeRate, TimeUnit.NANOSECONDS);
        }

        private void send() {
            long t0 = System.nanoTime();
            CompletableFuture<?> answer = client.sendAsync(page, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                long elapsed = System.nanoTime() - t0;
                if (error == null && response.statusCode() == 200) {
                    nanos.add(elapsed);
                } else {
                    notOk.incrementAndGet();
                }
            });
            synchronized (sent) {
                sent.add(answer);
            }
        }

        /** Stops sending and waits for the answers still due. */
        Probe stop() throws InterruptedException {
            ticker.shutdown();
            ticker.awaitTermination(1, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<CompletableFuture<?>> all;
            synchronized (sent) {
                all = List.copyOf(sent);
            }
            try {
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(error -> null).get(2, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
                throw new IllegalStateException("start page requests still unanswered after 2 minutes", e);
            }
            return new Probe(name, new Stats(nanos.stream().mapToLong(Long::longValue).toArray()), all.size(), notOk.get(), seconds);
        }
    }
}
