package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larcentra.system.TestLearners.Learner;

/**
 * A commit the server has answered survives the death of the server (issue 11, point 16): learners
 * apply for offerings in parallel through the API, the IT domain's server process is killed with
 * SIGKILL while they do, and after a restart (the app still deployed, {@code bin/larcentra
 * it-restart}) every application that had been answered 2xx is there, each whole: its history step,
 * its audit entry and its outbox mail, which the same transaction wrote. On whichever database the IT
 * domain uses (the embedded H2 here, PostgreSQL in CI). On H2 this needs {@code WRITE_DELAY=0} in the
 * URL: by default H2 writes commits to its file up to half a second later, and the last ones answered
 * before a kill were lost. Leaves the server running with the app deployed, and withdraws its
 * applications again so that their seats are free for the tests that follow.
 */
@ExtendWith(ArquillianExtension.class)
class CrashDurabilityIT {

    private static final int LEARNERS = 5;
    /** Applications answered before the kill: enough that some fall into the last half second. */
    private static final int ANSWERED_BEFORE_KILL = 60;
    private static final int OFFERINGS = 80;
    private static final String DOMAIN = "itdomain";

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An application the server answered with 2xx. */
    record Answered(long enrolmentId, long offeringId, String status) {
    }

    @Test
    void everyApplicationAnsweredBeforeAKillIsThereAfterTheRestart() throws Exception {
        List<Learner> learners = inParallel(Collections.nCopies(LEARNERS, "sv"),
                language -> TestLearners.registerAndConfirm(new HttpTestClient(base), mailbox, language));
        List<Long> offerings = openOfferingsWithSeats();
        assertThat(offerings).as("offerings open for applications, with seats to spare").hasSizeGreaterThanOrEqualTo(40);

        // Each learner applies for every offering in turn (each starting elsewhere in the list, so that
        // they seldom wait for the same offering's lock), until the server dies under them.
        Map<Learner, ConcurrentLinkedQueue<Answered>> answered = new HashMap<>();
        learners.forEach(l -> answered.put(l, new ConcurrentLinkedQueue<>()));
        CountDownLatch enoughAnswered = new CountDownLatch(ANSWERED_BEFORE_KILL);
        AtomicInteger writersDone = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(LEARNERS);
        long writingSince = System.nanoTime();
        for (int i = 0; i < LEARNERS; i++) {
            Learner learner = learners.get(i);
            List<Long> order = new ArrayList<>(offerings);
            Collections.rotate(order, i * offerings.size() / LEARNERS);
            writers.submit(() -> {
                for (long offeringId : order) {
                    HttpResponse<String> response;
                    try {
                        response = apply(learner, offeringId);
                    } catch (IOException serverGone) {
                        return null;
                    }
                    if (response.statusCode() / 100 == 2) {
                        JsonObject enrolment = json(response.body());
                        answered.get(learner).add(new Answered(enrolment.getJsonNumber("id").longValue(), offeringId,
                                enrolment.getString("status")));
                        enoughAnswered.countDown();
                    }
                }
                writersDone.incrementAndGet();
                return null;
            });
        }
        assertThat(enoughAnswered.await(90, TimeUnit.SECONDS)).as("%d applications answered within 90 s", ANSWERED_BEFORE_KILL)
                .isTrue();
        double writingSeconds = (System.nanoTime() - writingSince) / 1e9;
        killServer();
        assertThat(writersDone.get()).as("learners who had applied for everything before the kill").isZero();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).as("the writers stop once the server is gone").isTrue();
        int answeredCount = answered.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();

        restartServer();

        List<String> lost = new ArrayList<>();
        int present = 0;
        for (Learner learner : learners) {
            JsonObject data = json(get("api/v1/me/data", learner));
            Map<Long, JsonObject> enrolments = data.getJsonArray("enrolments").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(e -> e.getJsonNumber("id").longValue(), e -> e));
            present += enrolments.size();
            for (Answered a : answered.get(learner)) {
                JsonObject enrolment = enrolments.get(a.enrolmentId());
                if (enrolment == null) {
                    lost.add(learner.username() + ": enrolment " + a.enrolmentId() + " (offering " + a.offeringId() + ", "
                            + a.status() + ")");
                } else {
                    assertThat(enrolment.getJsonNumber("offeringId").longValue()).isEqualTo(a.offeringId());
                    assertThat(enrolment.getString("status")).as("status of enrolment %d", a.enrolmentId()).isEqualTo(a.status());
                }
            }
            assertWhole(learner, data, enrolments);
        }
        System.out.printf("CrashDurabilityIT: %d applications answered in %.1f s (%.0f/s) before SIGKILL; %d there after the"
                + " restart (%d committed but not answered); %d lost%n", answeredCount, writingSeconds,
                answeredCount / writingSeconds, present, present - (answeredCount - lost.size()), lost.size());
        assertThat(lost).as("applications answered 2xx before the kill but gone after the restart (of %d answered)",
                answeredCount).isEmpty();

        withdrawAll(learners);
    }

    /** Each application there is whole: one history step, its audit entry, its mail in the outbox. */
    private static void assertWhole(Learner learner, JsonObject data, Map<Long, JsonObject> enrolments) {
        List<String> auditSubjects = data.getJsonArray("audit").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("subject")).toList();
        List<String> mailSubjects = new ArrayList<>(data.getJsonArray("mail").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("subject")).toList());
        for (JsonObject enrolment : enrolments.values()) {
            long id = enrolment.getJsonNumber("id").longValue();
            String status = enrolment.getString("status");
            assertThat(enrolment.getJsonArray("history").getValuesAs(JsonObject.class))
                    .as("history of %s's enrolment %d", learner.username(), id)
                    .singleElement().satisfies(step -> assertThat(step.getString("status")).isEqualTo(status));
            assertThat(auditSubjects).as("audit entries of %s", learner.username()).contains("enrolment:" + id);
            // The mail's subject ends with the course's title ("Du har fått en plats: <title>").
            String course = enrolment.getString("course");
            String mail = mailSubjects.stream().filter(s -> s.endsWith(": " + course)).findFirst().orElse(null);
            assertThat(mail).as("outbox mail to %s about enrolment %d (%s); mail: %s", learner.username(), id, course,
                    mailSubjects).isNotNull();
            mailSubjects.remove(mail);
        }
    }

    // --- the server process

    private static Path domainDir() {
        return Path.of(System.getProperty("payara.home", "target/payara6"), "glassfish", "domains", DOMAIN);
    }

    /** SIGKILL (ProcessHandle.destroyForcibly) to the IT domain's server, as {@code kill -9}. */
    private static void killServer() throws Exception {
        long pid = Long.parseLong(Files.readString(domainDir().resolve("config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        assertThat(server.info().commandLine().orElse("")).as("the process in %s's pid file", DOMAIN).contains(DOMAIN);
        assertThat(server.destroyForcibly()).as("SIGKILL to %d", pid).isTrue();
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    /** {@code bin/larcentra it-restart}: starts the domain as it is, waits until the app answers. */
    private static void restartServer() throws Exception {
        Path script = Path.of(System.getProperty("larcentra.bin", "bin/larcentra"));
        Path log = Files.createTempFile("it-restart", ".log");
        try {
            Process restart = new ProcessBuilder("bash", script.toString(), "it-restart").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean ended = restart.waitFor(300, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.print(output);
            assertThat(ended).as("it-restart within 300 s: %s", output).isTrue();
            assertThat(restart.exitValue()).as("it-restart: %s", output).isZero();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    // --- the API

    /** Offerings that take applications today and have seats enough for every learner (or no limit). */
    private List<Long> openOfferingsWithSeats() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("api/v1/search?open=true&size=100")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> !o.containsKey("seatsLeft") || o.isNull("seatsLeft") || o.getInt("seatsLeft") > LEARNERS)
                .map(o -> o.getJsonNumber("id").longValue()).limit(OFFERINGS).toList();
    }

    private HttpResponse<String> apply(Learner learner, long offeringId) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/enrolments"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + learner.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"offeringId\":" + offeringId + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path, Learner learner) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + learner.token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s as %s: %s", path, learner.username(), response.body()).isEqualTo(200);
        return response.body();
    }

    /** Their seats back for the tests that follow. */
    private void withdrawAll(List<Learner> learners) throws Exception {
        inParallel(learners, learner -> {
            for (JsonObject e : json(get("api/v1/me/data", learner)).getJsonArray("enrolments").getValuesAs(JsonObject.class)) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                        .resolve("api/v1/enrolments/" + e.getJsonNumber("id"))).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + learner.token()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("withdrawing enrolment %s: %s", e.getJsonNumber("id"), response.body())
                        .isEqualTo(204);
            }
            return null;
        });
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static <T, R> List<R> inParallel(List<T> inputs, ThrowingFunction<T, R> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<R> task = () -> work.apply(input);
                futures.add(pool.submit(task));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface ThrowingFunction<T, R> {
        R apply(T input) throws Exception;
    }
}
