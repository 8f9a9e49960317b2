package se.larcentra.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.account.control.Secrets;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.ApiToken;
import se.larcentra.account.entity.Role;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseCode;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.enrolment.control.EnrolmentMoves;
import se.larcentra.enrolment.control.SeatLedger;
import se.larcentra.enrolment.entity.Enrolment;
import se.larcentra.enrolment.entity.EnrolmentStatus;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.system.Deployments;
import se.larcentra.system.Transactions;

/**
 * Seats and the waitlist under parallel load, through the real API (HTTP from inside the server, one
 * bearer token per learner), on whichever database the IT domain uses (H2 here, PostgreSQL in CI):
 * 60 learners apply at once for 10 places, then 5 admitted learners withdraw at once.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentConcurrencyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestClasses(EnrolmentConcurrencyIT.class, Transactions.class);
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    SeatLedger seats;

    @Inject
    EnrolmentMoves moves;

    @ArquillianResource
    URL base;

    private final Random random = new Random();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void sixtyApplyForTenPlacesThenFiveWithdraw() throws Exception {
        String run = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        long offeringId = inTransaction(() -> offering(run, 10).getId());
        List<String> tokens = inTransaction(() -> learners(run, 60));

        List<JsonObject> applied = inParallel(tokens, token -> send("POST", "api/v1/enrolments",
                "{\"offeringId\":" + offeringId + "}", token, 201));

        List<JsonObject> admitted = applied.stream().filter(e -> e.getString("status").equals("ADMITTED")).toList();
        List<JsonObject> waiting = applied.stream().filter(e -> e.getString("status").equals("WAITLISTED")).toList();
        assertThat(admitted).hasSize(10);
        assertThat(waiting).hasSize(50);
        assertThat(waiting.stream().map(e -> e.getInt("waitlistPosition")).sorted().toList())
                .as("positions 1…50, none twice, none skipped").isEqualTo(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(counts(offeringId)).isEqualTo(Map.of(EnrolmentStatus.ADMITTED, 10L, EnrolmentStatus.WAITLISTED, 50L));
        assertThat(seatCounts(offeringId)).containsExactly(10, 50);

        // The queue in order: by ticket (first come, first served).
        List<Long> queue = inTransaction(() -> em.createQuery("SELECT e.id FROM Enrolment e WHERE e.offering.id = :o AND "
                + "e.status = se.larcentra.enrolment.entity.EnrolmentStatus.WAITLISTED ORDER BY e.waitlistTicket", Long.class)
                .setParameter("o", offeringId).getResultList());
        Map<Long, String> tokenOfEnrolment = new java.util.HashMap<>();
        for (int i = 0; i < applied.size(); i++) {
            tokenOfEnrolment.put(applied.get(i).getJsonNumber("id").longValue(), tokens.get(i));
        }

        List<String> leaving = admitted.subList(0, 5).stream()
                .map(e -> e.getJsonNumber("id").longValue() + " " + tokenOfEnrolment.get(e.getJsonNumber("id").longValue())).toList();
        inParallel(leaving, pair -> {
            String[] parts = pair.split(" ");
            return send("DELETE", "api/v1/enrolments/" + parts[0], null, parts[1], 204);
        });

        assertThat(counts(offeringId)).isEqualTo(Map.of(EnrolmentStatus.ADMITTED, 10L, EnrolmentStatus.WAITLISTED, 45L,
                EnrolmentStatus.WITHDRAWN, 5L));
        assertThat(seatCounts(offeringId)).containsExactly(10, 45);
        List<Long> promoted = inTransaction(() -> em.createQuery("SELECT e.id FROM Enrolment e WHERE e.offering.id = :o AND "
                + "e.status = se.larcentra.enrolment.entity.EnrolmentStatus.ADMITTED AND SIZE(e.history) = 2", Long.class)
                .setParameter("o", offeringId).getResultList());
        assertThat(promoted).as("the first five of the queue were promoted").containsExactlyInAnyOrderElementsOf(queue.subList(0, 5));
        for (long id : queue.subList(5, 50)) {
            JsonObject stillWaiting = send("GET", "api/v1/enrolments/" + id, null, tokenOfEnrolment.get(id), 200);
            assertThat(stillWaiting.getInt("waitlistPosition")).as("moved up by five").isEqualTo(queue.indexOf(id) - 4);
        }
        // Each promoted learner is told once (the outbox holds exactly one promotion mail each).
        for (long id : promoted) {
            String email = inTransaction(() -> em.find(Enrolment.class, id).getLearner().getEmail().orElseThrow());
            long promotionMails = inTransaction(() -> em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :to "
                    + "AND (m.subject LIKE 'En plats har blivit ledig%' OR m.subject LIKE 'A place has become free%')", Long.class).setParameter("to", email).getSingleResult());
            assertThat(promotionMails).as("promotion mails to %s", email).isEqualTo(1);
        }
    }

    @Test
    void aRolledBackEnrolmentChangesNothingAndSendsNothing() throws Exception {
        String run = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        long offeringId = inTransaction(() -> offering(run, 1).getId());
        inTransaction(() -> learners(run, 1));
        String email = "it-" + run + "-0@example.org";
        tx.begin();
        try {
            seats.lock(offeringId);
            Account learner = em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email).getSingleResult();
            moves.move(new Enrolment(em.find(Offering.class, offeringId), learner, Instant.now()), EnrolmentStatus.ADMITTED,
                    learner.getUsername(), null, null);
            assertThat(seatCounts(offeringId)).as("inside the transaction").containsExactly(1, 0);
        } finally {
            tx.rollback();
        }
        // Nothing to wait for: the rolled-back change left no row for the sender to send.
        assertThat(seatCounts(offeringId)).containsExactly(0, 0);
        assertThat(counts(offeringId)).isEmpty();
        assertThat(inTransaction(() -> em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :to", Long.class)
                .setParameter("to", email).getSingleResult())).isZero();
    }

    @Test
    void timeClosesTheWaitlistCompletesTheAdmittedAndACancellationEndsEveryone() throws Exception {
        String run = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        long offeringId = inTransaction(() -> offering(run, 1).getId());
        List<String> tokens = inTransaction(() -> learners(run, 2));
        long admitted = send("POST", "api/v1/enrolments", "{\"offeringId\":" + offeringId + "}", tokens.get(0), 201)
                .getJsonNumber("id").longValue();
        JsonObject waiting = send("POST", "api/v1/enrolments", "{\"offeringId\":" + offeringId + "}", tokens.get(1), 201);
        assertThat(waiting.getString("status")).isEqualTo("WAITLISTED");

        // The offering starts today: the waitlist closes, the admitted stay.
        inTransaction(() -> {
            Offering o = em.find(Offering.class, offeringId);
            o.reschedule(LocalDate.now(), LocalDate.now().plusWeeks(10));
            return null;
        });
        assertThat(awaitStatus(waiting.getJsonNumber("id").longValue(), EnrolmentStatus.NOT_ADMITTED)).isTrue();
        assertThat(statusOf(admitted)).isEqualTo(EnrolmentStatus.ADMITTED);

        // It ended yesterday: the admitted have completed it.
        inTransaction(() -> {
            Offering o = em.find(Offering.class, offeringId);
            o.reschedule(LocalDate.now().minusWeeks(10), LocalDate.now().minusDays(1));
            return null;
        });
        assertThat(awaitStatus(admitted, EnrolmentStatus.COMPLETED)).isTrue();
        assertThat(seatCounts(offeringId)).containsExactly(0, 0);

        // Another offering is cancelled: every active application ends, and each learner is told.
        long cancelled = inTransaction(() -> offering(run + "c", 5).getId());
        List<String> others = inTransaction(() -> learners(run + "c", 2));
        List<Long> ids = new ArrayList<>();
        for (String token : others) {
            ids.add(send("POST", "api/v1/enrolments", "{\"offeringId\":" + cancelled + "}", token, 201).getJsonNumber("id").longValue());
        }
        inTransaction(() -> {
            em.find(Offering.class, cancelled).cancel();
            return null;
        });
        for (long id : ids) {
            assertThat(awaitStatus(id, EnrolmentStatus.CANCELLED)).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            String email = "it-" + run + "c-" + i + "@example.org";
            assertThat(inTransaction(() -> em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :to AND "
                    + "(m.subject LIKE 'Kursen är inställd%' OR m.subject LIKE 'The course has been cancelled%')", Long.class)
                    .setParameter("to", email).getSingleResult())).as("cancellation mails to %s", email).isEqualTo(1);
        }
        // The history says who did it and why.
        Enrolment one = inTransaction(() -> {
            Enrolment e = em.find(Enrolment.class, ids.get(0));
            e.getHistory().size();
            return e;
        });
        assertThat(one.getHistory().get(one.getHistory().size() - 1).getActor()).isEqualTo("system");
        assertThat(one.getHistory().get(one.getHistory().size() - 1).getReason()).contains("the offering was cancelled");
    }

    @Test
    void staffMoveAnApplicationToAnotherOfferingOfTheSameCourse() throws Exception {
        String run = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        long[] offerings = inTransaction(() -> {
            Offering first = offering(run, 1);
            Offering second = new Offering(first.getCourse(), first.getStartDate().plusWeeks(2), first.getEndDate().plusWeeks(2),
                    Pace.percent(25), StudyMode.DISTANCE, ApplicationWindow.continuous());
            second.hostAt(first.getHostingCentres());
            second.offerPlaces(5);
            em.persist(second);
            return new long[] {first.getId(), second.getId()};
        });
        List<String> tokens = inTransaction(() -> learners(run, 2));
        String admin = inTransaction(() -> staff(run, Role.ADMINISTRATOR));
        String apply = "{\"offeringId\":" + offerings[0] + "}";
        long admitted = send("POST", "api/v1/enrolments", apply, tokens.get(0), 201).getJsonNumber("id").longValue();
        long waiting = send("POST", "api/v1/enrolments", apply, tokens.get(1), 201).getJsonNumber("id").longValue();

        // A learner may not move applications; staff may, to another offering of the same course only.
        send("POST", "api/v1/enrolments/" + admitted + "/move", "{\"offeringId\":" + offerings[1] + "}", tokens.get(0), 403);
        JsonObject moved = send("POST", "api/v1/enrolments/" + admitted + "/move",
                "{\"offeringId\":" + offerings[1] + ",\"reason\":\"närmare hemmet\"}", admin, 200);
        assertThat(moved.getJsonNumber("offeringId").longValue()).isEqualTo(offerings[1]);
        assertThat(moved.getString("status")).isEqualTo("ADMITTED");
        send("POST", "api/v1/enrolments/" + moved.getJsonNumber("id") + "/move", "{\"offeringId\":" + offerings[1] + "}", admin, 409);

        // The seat it left went to the first in the queue there; the history says who moved it and why.
        assertThat(statusOf(waiting)).isEqualTo(EnrolmentStatus.ADMITTED);
        assertThat(seatCounts(offerings[0])).containsExactly(1, 0);
        assertThat(seatCounts(offerings[1])).containsExactly(1, 0);
        Enrolment old = inTransaction(() -> {
            Enrolment e = em.find(Enrolment.class, admitted);
            e.getHistory().size();
            return e;
        });
        assertThat(old.getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(old.getHistory().get(1).getActor()).isEqualTo("it-" + run + "-staff");
        assertThat(old.getHistory().get(1).getReason()).contains("moved to offering " + offerings[1] + ": närmare hemmet");
        String email = "it-" + run + "-0@example.org";
        assertThat(inTransaction(() -> em.createQuery("SELECT m.subject FROM OutboxMessage m WHERE m.recipient = :to ORDER BY m.id",
                String.class).setParameter("to", email).getResultList()))
                .hasSize(3).element(1).asString().startsWith("Din ansökan har flyttats: ");
    }

    @Test
    void aMoveNeedsStaffOfBothOfferingsAndMeetsTheTargetsRulesAsANewApplicationWould() throws Exception {
        String run = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        LocalDate today = LocalDate.now(ApplicationWindow.SWEDEN);
        long[] o = inTransaction(() -> {
            Offering source = offering(run, 5);
            Offering approval = sibling(source, ApplicationWindow.continuous());
            approval.requireApproval(true);
            Offering closed = sibling(source, ApplicationWindow.between(today.minusDays(20), today.minusDays(10)));
            return new long[] {source.getId(), approval.getId(), closed.getId()};
        });
        List<String> learners = inTransaction(() -> learners(run, 2));
        String teacherOfSource = inTransaction(() -> staff(run + "s", Role.TEACHER, a -> a.teach(List.of(em.find(Offering.class, o[0])))));
        String teacherOfAll = inTransaction(() -> staff(run + "a", Role.TEACHER, a -> a.teach(
                List.of(em.find(Offering.class, o[0]), em.find(Offering.class, o[1]), em.find(Offering.class, o[2])))));
        String admin = inTransaction(() -> staff(run + "x", Role.ADMINISTRATOR, a -> { }));
        String apply = "{\"offeringId\":" + o[0] + "}";
        long first = send("POST", "api/v1/enrolments", apply, learners.get(0), 201).getJsonNumber("id").longValue();
        long second = send("POST", "api/v1/enrolments", apply, learners.get(1), 201).getJsonNumber("id").longValue();

        // Handling the source is not enough: the target must be the caller's too.
        send("POST", "api/v1/enrolments/" + first + "/move", "{\"offeringId\":" + o[1] + "}", teacherOfSource, 403);
        assertThat(statusOf(first)).isEqualTo(EnrolmentStatus.ADMITTED);
        // At a target that asks for approval, a moved application awaits it, as a new one would.
        JsonObject pending = send("POST", "api/v1/enrolments/" + first + "/move", "{\"offeringId\":" + o[1] + "}", teacherOfAll, 200);
        assertThat(pending.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(seatCounts(o[1])).as("no seat taken before the decision").containsExactly(0, 0);

        // A target whose application window is closed: refused, also to an administrator who does not override it…
        String toClosed = "{\"offeringId\":" + o[2] + ",\"reason\":\"tentamen i Torsby\"";
        send("POST", "api/v1/enrolments/" + second + "/move", toClosed + "}", teacherOfAll, 409);
        send("POST", "api/v1/enrolments/" + second + "/move", toClosed + "}", admin, 409);
        // …only an administrator may override it, and only with a reason.
        send("POST", "api/v1/enrolments/" + second + "/move", toClosed + ",\"overrideWindow\":true}", teacherOfAll, 403);
        send("POST", "api/v1/enrolments/" + second + "/move", "{\"offeringId\":" + o[2] + ",\"overrideWindow\":true}", admin, 409);
        assertThat(statusOf(second)).isEqualTo(EnrolmentStatus.ADMITTED);
        JsonObject overridden = send("POST", "api/v1/enrolments/" + second + "/move", toClosed + ",\"overrideWindow\":true}", admin, 200);
        assertThat(overridden.getString("status")).isEqualTo("ADMITTED");
        long movedId = overridden.getJsonNumber("id").longValue();
        Enrolment moved = inTransaction(() -> {
            Enrolment e = em.find(Enrolment.class, movedId);
            e.getHistory().size();
            return e;
        });
        assertThat(moved.getHistory()).singleElement().satisfies(step ->
                assertThat(step.getReason()).hasValueSatisfying(r -> assertThat(r).contains("tentamen i Torsby").contains("overridden")));
        assertThat(inTransaction(() -> em.createQuery("SELECT a.detail FROM AuditEntry a WHERE a.subject = :s", String.class)
                .setParameter("s", "enrolment:" + movedId).getResultList()))
                .anySatisfy(detail -> assertThat(detail).contains("tentamen i Torsby").contains("overridden"));
    }

    /** Another offering of {@code offering}'s course, at the same centres, later, with five places. */
    private Offering sibling(Offering offering, ApplicationWindow window) {
        Offering sibling = new Offering(offering.getCourse(), offering.getStartDate().plusWeeks(2), offering.getEndDate().plusWeeks(2),
                Pace.percent(25), StudyMode.DISTANCE, window);
        sibling.hostAt(offering.getHostingCentres());
        sibling.offerPlaces(5);
        em.persist(sibling);
        return sibling;
    }

    /** A staff account named after {@code run} with a bearer token, made directly and tied by {@code ties}. */
    private String staff(String run, Role role, java.util.function.Consumer<Account> ties) {
        Account account = new Account("it-" + run + "-staff", "it-" + run + "-staff@example.org", "Staff " + run, "sv",
                EnumSet.of(role), AccountStatus.ACTIVE);
        ties.accept(account);
        em.persist(account);
        String token = Secrets.newToken();
        em.persist(new ApiToken(account, Secrets.sha256(token), Instant.now(), Instant.now().plus(Duration.ofHours(1))));
        return token;
    }

    /** A staff account with a bearer token, made directly. */
    private String staff(String run, Role role) {
        return staff(run, role, account -> { });
    }

    private EnrolmentStatus statusOf(long enrolmentId) throws Exception {
        return inTransaction(() -> em.find(Enrolment.class, enrolmentId).getStatus());
    }

    /** Polls for up to 15 s (the IT domain sweeps every 2 s). */
    private boolean awaitStatus(long enrolmentId, EnrolmentStatus wanted) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (statusOf(enrolmentId) == wanted) {
                return true;
            }
            Thread.sleep(200);
        }
        return statusOf(enrolmentId) == wanted;
    }

    private Offering offering(String run, int places) {
        Provider provider = new Provider("Parallellhögskolan", ProviderType.UNIVERSITY);
        provider.identifyAs(new ExternalRef("it-enrol-" + run, "provider"));
        em.persist(provider);
        Course course = new Course(provider, new CourseCode("PAR1"), Map.of("sv", new CourseText("Köteori " + run, "Om köer.")),
                "mathematics", StudyLevel.UNIVERSITY);
        em.persist(course);
        LocalDate start = LocalDate.now().plusDays(40);
        Offering offering = new Offering(course, start, start.plusWeeks(10), Pace.percent(25), StudyMode.DISTANCE,
                ApplicationWindow.continuous());
        offering.hostAt(new ArrayList<>(em.createNamedQuery("LearningCentre.active", LearningCentre.class).setMaxResults(1).getResultList()));
        offering.offerPlaces(places);
        offering.identifyAs(new ExternalRef("it-enrol-" + run, "offering"));
        em.persist(offering);
        return offering;
    }

    /** Learners with a bearer token each, made directly (hashing 60 passwords would take a minute). */
    private List<String> learners(String run, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account learner = new Account("it-" + run + "-" + i, "it-" + run + "-" + i + "@example.org", "Learner " + i,
                    i % 2 == 0 ? "sv" : "en", EnumSet.of(Role.LEARNER), AccountStatus.ACTIVE);
            em.persist(learner);
            String token = Secrets.newToken();
            em.persist(new ApiToken(learner, Secrets.sha256(token), Instant.now(), Instant.now().plus(Duration.ofHours(1))));
            tokens.add(token);
        }
        return tokens;
    }

    private Map<EnrolmentStatus, Long> counts(long offeringId) throws Exception {
        return inTransaction(() -> {
            Map<EnrolmentStatus, Long> counts = new java.util.EnumMap<>(EnrolmentStatus.class);
            for (Object[] row : em.createQuery("SELECT e.status, COUNT(e) FROM Enrolment e WHERE e.offering.id = :o GROUP BY e.status",
                    Object[].class).setParameter("o", offeringId).getResultList()) {
                counts.put((EnrolmentStatus) row[0], (Long) row[1]);
            }
            return counts;
        });
    }

    /** admitted_count and waitlist_count as the database has them. */
    private List<Integer> seatCounts(long offeringId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT admitted_count, waitlist_count FROM offering WHERE id = ?")
                .setParameter(1, offeringId).getSingleResult();
        return List.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private <T> List<JsonObject> inParallel(List<T> inputs, ThrowingFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonObject>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(input);
                }));
            }
            start.countDown();
            List<JsonObject> results = new ArrayList<>();
            for (Future<JsonObject> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface ThrowingFunction<T> {
        JsonObject apply(T input) throws Exception;
    }

    private JsonObject send(String method, String path, String json, String token, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JsonObject.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(response.body())).readObject();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.inTransaction(tx, work);
    }
}
