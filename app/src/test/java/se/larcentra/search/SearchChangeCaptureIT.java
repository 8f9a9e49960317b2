package se.larcentra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.account.control.Secrets;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.ApiToken;
import se.larcentra.account.entity.Role;
import se.larcentra.catalog.control.Emil3Importer;
import se.larcentra.catalog.control.Emil3Parser;
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
import se.larcentra.centre.entity.Address;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.control.SearchIndex;
import se.larcentra.search.control.WriteHiddenFromSearchException;
import se.larcentra.search.entity.SearchChange;
import se.larcentra.system.Deployments;
import se.larcentra.system.Transactions;

/**
 * Every kind of write that changes what search shows reaches it, with nobody writing the change log
 * by hand: the importer, the API (an administrator renaming a centre, learners taking and freeing
 * seats, which the enrolment component counts with SQL), and plain JPA as tests and demo data use
 * it; including changes that leave the record's own row alone (only an offering's centres, only a
 * course's texts, only a centre's names). A rolled-back change leaves no row and is never found, a
 * statement that would change watched records behind search's back is refused, and what commits
 * while the index is built (as demo data may at start) is found once it is done, exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class SearchChangeCaptureIT {

    private static final long WAIT_MILLIS = 5_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestClasses(SearchChangeCaptureIT.class, Transactions.class);
    }

    @Inject
    Search search;

    @Inject
    SearchIndex index;

    @Inject
    Emil3Importer importer;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    private final Random random = new Random();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!search.status().ready() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(search.status().ready()).as("index ready").isTrue();
    }

    @Test
    void anImportChangingOnlyACourseTitleOrWhereAnOfferingIsStudiedReachesSearch() throws Exception {
        String run = uniqueWord();
        String first = uniqueWord();
        String second = uniqueWord();
        importer.apply(Emil3Parser.parse(emil3(run, "Kurs i " + first, "1737")));
        assertThat(awaitSearch(first, Map.of(), r -> r.total() == 1)).as("imported course found").isTrue();
        long offering = query(first, Map.of()).items().get(0).id();
        long course = inTransaction(() -> em.find(Offering.class, offering).getCourse().getId());

        long beforeTitle = latestChangeId();
        importer.apply(Emil3Parser.parse(emil3(run, "Kurs i " + second, "1737")));
        assertThat(changesSince(beforeTitle, SearchChange.Kind.COURSE, course)).as("course logged").isPositive();
        assertThat(awaitSearch(second, Map.of(), r -> r.total() == 1)).as("new title found").isTrue();
        assertThat(query(first, Map.of()).total()).as("old title gone").isZero();

        long beforeCentres = latestChangeId();
        importer.apply(Emil3Parser.parse(emil3(run, "Kurs i " + second, "1780")));
        assertThat(changesSince(beforeCentres, SearchChange.Kind.OFFERING, offering)).as("offering logged").isPositive();
        assertThat(awaitSearch(second, Map.of("municipality", List.of("1780")), r -> r.total() == 1))
                .as("now studied in Karlstad").isTrue();
        assertThat(query(second, Map.of("municipality", List.of("1737"))).total()).as("no longer in Torsby").isZero();
    }

    @Test
    void seatsTakenAndFreedThroughTheApiReachSearch() throws Exception {
        String word = uniqueWord();
        long offering = inTransaction(() -> offering("Kurs i " + word, 2, centres(1)).getId());
        String learner = inTransaction(() -> account("learner", Role.LEARNER));
        assertThat(awaitSearch(word, Map.of(), r -> r.total() == 1 && r.items().get(0).seatsLeft().equals(Optional.of(2))))
                .isTrue();

        long beforeApplying = latestChangeId();
        long enrolment = Json.createReader(new StringReader(send("POST", "api/v1/enrolments",
                "{\"offeringId\":" + offering + "}", learner, 201))).readObject().getJsonNumber("id").longValue();
        assertThat(changesSince(beforeApplying, SearchChange.Kind.OFFERING, offering)).as("offering logged").isPositive();
        assertThat(awaitSearch(word, Map.of(), r -> r.items().get(0).seatsLeft().equals(Optional.of(1))))
                .as("one seat left").isTrue();

        send("DELETE", "api/v1/enrolments/" + enrolment, null, learner, 204);
        assertThat(awaitSearch(word, Map.of(), r -> r.items().get(0).seatsLeft().equals(Optional.of(2))))
                .as("the seat is free again").isTrue();
    }

    @Test
    void aCentreRenamedThroughTheAdminApiReachesSearch() throws Exception {
        String word = uniqueWord();
        String renamed = uniqueWord();
        LearningCentre centre = inTransaction(() -> centre("Lärcentrum " + word));
        inTransaction(() -> offering("Kurs om centrum " + word, null, List.of(em.find(LearningCentre.class, centre.getId()))));
        String admin = inTransaction(() -> account("admin", Role.ADMINISTRATOR));
        assertThat(awaitSearch(word, Map.of(), r -> r.total() == 1)).isTrue();

        long before = latestChangeId();
        send("PUT", "api/v1/admin/centres/" + centre.getId(), Json.createObjectBuilder()
                .add("municipality", "1737").add("nameSv", "Lärcentrum " + renamed).add("street", "Testgatan 1")
                .add("postalCode", "685 30").add("town", "Torsby").add("latitude", 60.136).add("longitude", 12.999)
                .build().toString(), admin, 204);

        assertThat(changesSince(before, SearchChange.Kind.CENTRE, centre.getId())).as("centre logged").isPositive();
        assertThat(awaitSearch(renamed, Map.of(), r -> r.total() == 1)).as("found by the centre's new name").isTrue();
    }

    @Test
    void changesMadeWithJpaAloneReachSearchEvenWhenTheRecordsOwnRowStaysTheSame() throws Exception {
        String word = uniqueWord();
        String place = uniqueWord();
        String title = uniqueWord();
        String name = uniqueWord();
        LearningCentre elsewhere = inTransaction(() -> centre("Lärcentrum " + place));
        long offering = inTransaction(() -> offering("Kurs i " + word, null, centres(1)).getId());
        long course = inTransaction(() -> em.find(Offering.class, offering).getCourse().getId());
        assertThat(awaitSearch(word, Map.of(), r -> r.total() == 1)).isTrue();

        long before = latestChangeId();
        inTransaction(() -> {
            em.find(Offering.class, offering).hostAt(List.of(em.find(LearningCentre.class, elsewhere.getId())));
            return null;
        });
        assertThat(changesSince(before, SearchChange.Kind.OFFERING, offering)).as("hosting centres only").isPositive();
        assertThat(awaitSearch(place, Map.of(), r -> r.total() == 1)).as("found where it is studied now").isTrue();

        inTransaction(() -> {
            em.find(Course.class, course).describe(Map.of("sv", new CourseText("Kurs i " + title, "")));
            return null;
        });
        assertThat(changesSince(before, SearchChange.Kind.COURSE, course)).as("texts only").isPositive();
        assertThat(awaitSearch(title, Map.of(), r -> r.total() == 1)).as("found by its new title").isTrue();

        inTransaction(() -> {
            em.find(LearningCentre.class, elsewhere.getId()).rename(Map.of("sv", "Lärcentrum " + place, "en", "Centre " + name));
            return null;
        });
        assertThat(changesSince(before, SearchChange.Kind.CENTRE, elsewhere.getId())).as("names only").isPositive();
        assertThat(awaitSearch(name, Map.of(), r -> r.total() == 1)).as("found by the centre's English name").isTrue();
    }

    @Test
    void aRolledBackChangeLeavesNoRowAndIsNeverFound() throws Exception {
        String word = uniqueWord();
        String rolledBack = uniqueWord();
        LearningCentre elsewhere = inTransaction(() -> centre("Lärcentrum " + word));
        long offering = inTransaction(() -> offering("Kurs i " + word, 5, centres(1)).getId());
        long course = inTransaction(() -> em.find(Offering.class, offering).getCourse().getId());
        long before = latestChangeId();

        tx.begin();
        try {
            Offering changed = em.find(Offering.class, offering);
            changed.hostAt(List.of(em.find(LearningCentre.class, elsewhere.getId())));
            changed.offerPlaces(50);
            em.find(Course.class, course).describe(Map.of("sv", new CourseText("Kurs i " + rolledBack, "")));
            em.find(LearningCentre.class, elsewhere.getId()).rename(Map.of("sv", "Lärcentrum " + rolledBack));
            em.persist(new Provider("Återrullade högskolan " + rolledBack, ProviderType.UNIVERSITY));
            em.flush();
        } finally {
            tx.rollback();
        }
        String committed = uniqueWord();
        inTransaction(() -> offering("Kurs i " + committed, null, centres(1)));

        assertThat(awaitSearch(committed, Map.of(), r -> r.total() == 1)).as("the later commit is indexed").isTrue();
        assertThat(query(rolledBack, Map.of()).total()).isZero();
        assertThat(query(word, Map.of()).items()).singleElement()
                .satisfies(hit -> assertThat(hit.seatsLeft()).contains(5));
        assertThat(changesSince(before, SearchChange.Kind.OFFERING, offering)).isZero();
        assertThat(changesSince(before, SearchChange.Kind.COURSE, course)).isZero();
        assertThat(changesSince(before, SearchChange.Kind.CENTRE, elsewhere.getId())).isZero();
    }

    @Test
    void statementsThatWouldChangeWatchedRecordsBehindSearchsBackAreRefused() throws Exception {
        String word = uniqueWord();
        long offering = inTransaction(() -> offering("Kurs i " + word, 5, centres(1)).getId());

        assertThatThrownBy(() -> inTransaction(() -> em.createNativeQuery("UPDATE offering SET places = 7 WHERE id = ?")
                .setParameter(1, offering).executeUpdate()))
                .hasRootCauseInstanceOf(WriteHiddenFromSearchException.class);
        assertThatThrownBy(() -> inTransaction(() -> em.createQuery("UPDATE Offering o SET o.cancelled = TRUE WHERE o.id = :id")
                .setParameter("id", offering).executeUpdate()))
                .hasRootCauseInstanceOf(WriteHiddenFromSearchException.class);
        Optional<Integer> places = inTransaction(() -> em.find(Offering.class, offering).getPlaces());
        assertThat(places).as("unchanged").contains(5);
    }

    @Test
    void offeringsCommittedWhileTheIndexIsBuiltAreFoundExactlyOnceAfterwards() throws Exception {
        String word = uniqueWord();
        assertThat(index.startRebuild()).isTrue();
        List<Long> written = new ArrayList<>();
        while (index.status().rebuild().isPresent() && written.size() < 50) {
            written.add(inTransaction(() -> offering("Kurs i " + word, null, centres(1)).getId()));
        }
        assertThat(written).as("committed while the build ran").isNotEmpty();
        long deadline = System.currentTimeMillis() + 60_000;
        while (index.status().rebuild().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(index.status().rebuild()).as("build finished").isEmpty();

        assertThat(awaitSearch(word, Map.of(), r -> r.total() == written.size())).as("every one found").isTrue();
        long offerings = inTransaction(() -> em.createNamedQuery("Offering.count", Long.class).getSingleResult());
        deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (index.status().documents() != offerings && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(index.status().documents()).as("one document per offering, none twice").isEqualTo(offerings);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** An EMIL3 document of one provider, course and campus event, keyed on {@code run}. */
    private static String emil3(String run, String title, String municipality) {
        return """
                {
                  "educationProviders": [ { "content": { "identifier": "p.capture.%1$s",
                      "name": { "strings": [ { "lang": "swe", "content": "Anordnare %1$s" } ] } } } ],
                  "educationInfos": [ { "content": { "identifier": "i.capture.%1$s", "code": "CAP1",
                      "title": { "strings": [ { "lang": "swe", "content": "%2$s" } ] }, "type": { "code": "VUXGY" } } } ],
                  "educationEvents": [ { "content": { "identifier": "e.capture.%1$s", "education": "i.capture.%1$s",
                      "providers": ["p.capture.%1$s"], "locations": [ { "areaCode": "%3$s" } ],
                      "execution": { "start": "2031-08-17", "end": "2031-12-18" }, "paceOfStudy": { "percentage": 50 },
                      "application": { "continuous": true } } } ]
                }
                """.formatted(run, title, municipality);
    }

    private Offering offering(String title, Integer places, List<LearningCentre> centres) {
        String key = "it-capture-" + uniqueWord();
        Provider provider = new Provider("Fångsthögskolan", ProviderType.UNIVERSITY);
        provider.identifyAs(new ExternalRef(key, "provider"));
        em.persist(provider);
        Course course = new Course(provider, new CourseCode("CAP1"), Map.of("sv", new CourseText(title, "")),
                "environment", StudyLevel.UNIVERSITY);
        em.persist(course);
        LocalDate start = LocalDate.now().plusDays(30);
        Offering offering = new Offering(course, start, start.plusWeeks(10), Pace.percent(50), StudyMode.CAMPUS,
                ApplicationWindow.continuous());
        offering.hostAt(centres);
        offering.offerPlaces(places);
        offering.identifyAs(new ExternalRef(key, "offering"));
        em.persist(offering);
        return offering;
    }

    private List<LearningCentre> centres(int count) {
        return em.createNamedQuery("LearningCentre.active", LearningCentre.class).setMaxResults(count).getResultList();
    }

    private LearningCentre centre(String name) {
        LearningCentre centre = new LearningCentre(em.find(Municipality.class, "1737"), Map.of("sv", name),
                new Address("Testgatan 1", "685 30", "Torsby"), new GeoPoint(60.136, 12.999));
        centre.identifyAs(new ExternalRef("it-capture-" + uniqueWord(), "centre"));
        em.persist(centre);
        return centre;
    }

    /** An account with a bearer token, made directly. */
    private String account(String kind, Role role) {
        String username = "it-capture-" + kind + "-" + uniqueWord();
        Account account = new Account(username, username + "@example.org", "Test " + kind, "sv", EnumSet.of(role),
                AccountStatus.ACTIVE);
        em.persist(account);
        String token = Secrets.newToken();
        em.persist(new ApiToken(account, Secrets.sha256(token), Instant.now(), Instant.now().plus(Duration.ofHours(1))));
        return token;
    }

    private String send(String method, String path, String json, String token, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
        return response.body();
    }

    private long latestChangeId() throws Exception {
        Long latest = inTransaction(() -> em.createNamedQuery("SearchChange.latestId", Long.class).getSingleResult());
        return latest == null ? 0 : latest;
    }

    /** Committed change-log rows naming the record, with ids above {@code after}. */
    private long changesSince(long after, SearchChange.Kind kind, long id) throws Exception {
        return inTransaction(() -> em.createQuery("SELECT COUNT(c) FROM SearchChange c WHERE c.id > :after"
                + " AND c.kind = :kind AND c.entityId = :id", Long.class)
                .setParameter("after", after).setParameter("kind", kind).setParameter("id", id).getSingleResult());
    }

    private boolean awaitSearch(String text, Map<String, List<String>> filters, Predicate<SearchResult> condition)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            SearchResult result = query(text, filters);
            if (!result.items().isEmpty() && condition.test(result)) {
                return true;
            }
            Thread.sleep(100);
        }
        SearchResult result = query(text, filters);
        return !result.items().isEmpty() && condition.test(result);
    }

    private SearchResult query(String text, Map<String, List<String>> filters) {
        return search.search(new SearchRequest(text, filters, Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 20, "sv"));
    }

    /** A made-up word of letters only, unknown to the dictionary and to every other test run. */
    private String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.inTransaction(tx, work);
    }
}
