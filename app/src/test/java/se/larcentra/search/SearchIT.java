package se.larcentra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchOrder;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.control.SearchIndex;
import se.larcentra.system.Deployments;
import se.larcentra.system.Transactions;

/**
 * Search in the running server against the real database: the index follows committed changes and
 * only those, counts and distances agree with the database, and paging adds up to the total.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final long WAIT_MILLIS = 5_000;
    private static final GeoPoint TORSBY = new GeoPoint(60.1360, 12.9990);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestClasses(SearchIT.class, Transactions.class);
    }

    @Inject
    Search search;

    @Inject
    SearchIndex index;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    UserTransaction tx;

    private final Random random = new Random();

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!search.status().ready() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(search.status().ready()).as("index ready").isTrue();
    }

    @Test
    void aCommittedChangeIsFoundWithinSecondsAndAnEditReplacesIt() throws Exception {
        String word = uniqueWord();
        long id = seed("Kurs i " + word, "Om " + word, StudyMode.DISTANCE);

        assertThat(waitFor(word, r -> r.total() == 1)).as("found after commit").isTrue();
        assertThat(query(word).items().get(0).id()).isEqualTo(id);

        String renamed = uniqueWord();
        inTransaction(() -> {
            Course course = em.find(Offering.class, id).getCourse();
            course.describe(Map.of("sv", new CourseText("Kurs i " + renamed, "Om " + renamed)));
            course.classify("history", StudyLevel.UNIVERSITY);
            return null;
        });
        assertThat(waitFor(renamed, r -> r.total() == 1)).as("new title found").isTrue();
        assertThat(query(word).total()).as("old title gone").isZero();
    }

    @Test
    void aRolledBackChangeIsNeverFound() throws Exception {
        String rolledBack = uniqueWord();
        tx.begin();
        try {
            persistOffering("Kurs i " + rolledBack, "Om " + rolledBack, StudyMode.DISTANCE);
            em.flush();
        } finally {
            tx.rollback();
        }
        String committed = uniqueWord();
        seed("Kurs i " + committed, "Om " + committed, StudyMode.DISTANCE);

        assertThat(waitFor(committed, r -> r.total() == 1)).as("the later commit is indexed").isTrue();
        assertThat(query(rolledBack).total()).isZero();
    }

    @Test
    void facetCountsMatchTheDatabase() throws Exception {
        awaitIndexCurrent();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        SearchResult all = search.search(request("", Map.of(), Optional.empty(), Optional.empty(), null, 0, 10));

        assertThat(all.total()).isEqualTo(em.createQuery(
                "SELECT COUNT(o) FROM Offering o WHERE o.cancelled = FALSE AND o.endDate >= :today", Long.class)
                .setParameter("today", today).getSingleResult());
        assertThat(all.facets().get("mode")).isEqualTo(countsBy("o.mode", today));
        assertThat(all.facets().get("provider_type")).isEqualTo(countsBy("o.course.provider.type", today));
        assertThat(all.facets().get("level")).isEqualTo(countsBy("o.course.level", today));
        assertThat(all.facets().get("subject")).isEqualTo(countsBy("o.course.subject", today));
        assertThat(all.facets().get("language")).isEqualTo(countsBy("o.instructionLanguage", today));
        Map<String, Long> byMunicipality = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.municipality.code, COUNT(DISTINCT o.id) FROM Offering o JOIN o.hostingCentres c"
                + " WHERE o.cancelled = FALSE AND o.endDate >= :today GROUP BY c.municipality.code", Object[].class)
                .setParameter("today", today).getResultList()) {
            byMunicipality.put((String) row[0], (Long) row[1]);
        }
        assertThat(all.facets().get("municipality")).isEqualTo(byMunicipality);
        Map<String, Long> byCentre = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.id, COUNT(DISTINCT o.id) FROM Offering o JOIN o.hostingCentres c"
                + " WHERE o.cancelled = FALSE AND o.endDate >= :today GROUP BY c.id", Object[].class)
                .setParameter("today", today).getResultList()) {
            byCentre.put(row[0].toString(), (Long) row[1]);
        }
        assertThat(all.facets().get("centre")).isEqualTo(byCentre);

        // Two centres chosen: the offerings at either, each counted once; the centre facet as if unfiltered.
        List<String> twoCentres = byCentre.keySet().stream().sorted().limit(2).toList();
        long atEither = em.createQuery("SELECT COUNT(DISTINCT o.id) FROM Offering o JOIN o.hostingCentres c"
                + " WHERE o.cancelled = FALSE AND o.endDate >= :today AND c.id IN :ids", Long.class)
                .setParameter("today", today).setParameter("ids", twoCentres.stream().map(Long::valueOf).toList()).getSingleResult();
        SearchResult atCentres = search.search(request("", Map.of("centre", twoCentres), Optional.empty(), Optional.empty(), null, 0, 10));
        assertThat(atCentres.total()).isEqualTo(atEither);
        assertThat(atCentres.facets().get("centre")).isEqualTo(all.facets().get("centre"));

        // Filtering on one mode counts the other facets within it, and the mode facet as if unfiltered.
        SearchResult distance = search.search(request("", Map.of("mode", List.of("DISTANCE")), Optional.empty(),
                Optional.empty(), null, 0, 10));
        assertThat(distance.total()).isEqualTo(all.facets().get("mode").get("DISTANCE"));
        assertThat(distance.facets().get("mode")).isEqualTo(all.facets().get("mode"));
        assertThat(distance.facets().get("level").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(distance.total());
    }

    @Test
    void nearSearchMeasuresTheDistanceToTheNearestHostingCentre() throws Exception {
        awaitIndexCurrent();
        SearchResult near = search.search(request("", Map.of(), Optional.of(TORSBY), Optional.of(100.0),
                SearchOrder.DISTANCE, 0, 50));
        assertThat(near.items()).isNotEmpty();
        double previous = 0;
        for (SearchResult.Hit hit : near.items()) {
            Offering offering = em.find(Offering.class, hit.id());
            double expected = offering.getHostingCentres().stream()
                    .mapToDouble(c -> haversineKm(TORSBY, c.getLocation())).min().orElseThrow();
            assertThat(hit.distanceKm()).isPresent();
            assertThat(hit.distanceKm().get()).isCloseTo(expected, within(0.5)).isLessThanOrEqualTo(100.5);
            assertThat(hit.distanceKm().get()).isGreaterThanOrEqualTo(previous - 0.1);
            previous = hit.distanceKm().get();
        }
        SearchResult everywhere = search.search(request("", Map.of(), Optional.empty(), Optional.empty(), null, 0, 1));
        assertThat(near.total()).isLessThan(everywhere.total());
    }

    @Test
    void theTotalIsTheNumberOfHitsPagedThrough() {
        SearchResult first = query("historia");
        assertThat(first.total()).isGreaterThan(0);
        Set<Long> seen = new HashSet<>();
        int size = 7;
        for (int page = 0; page * size < first.total() + size; page++) {
            SearchResult result = search.search(request("historia", Map.of(), Optional.empty(), Optional.empty(),
                    SearchOrder.RELEVANCE, page, size));
            result.items().forEach(hit -> assertThat(seen.add(hit.id())).as("hit %d only once", hit.id()).isTrue());
        }
        assertThat(seen).hasSize((int) first.total());
    }

    @Test
    void findsInflectedSwedishFormsTyposAndSuggestsASpelling() throws Exception {
        List<String> nurses = query("sjuksköterska").items().stream().map(SearchResult.Hit::title).toList();
        assertThat(nurses).anyMatch(t -> t.contains("sjuksköterskor")).anyMatch(t -> t.contains("Sjuksköterskans"));
        assertThat(query("sjukskötrska").total()).as("one letter missing").isPositive();

        String word = uniqueWord();
        seed("Glaciologi för " + word, "Isens rörelser", StudyMode.DISTANCE);
        assertThat(waitFor(word, r -> r.total() == 1)).isTrue();
        String typo = word.substring(0, 3) + word.substring(4);
        SearchResult misspelt = query(typo);
        assertThat(misspelt.didYouMean()).contains(word);
    }

    @Test
    void snippetsAreEscapedAndMarkTheMatch() throws Exception {
        String word = uniqueWord();
        seed("Kurs om " + word, "Lär dig <script>alert(1)</script> & mer om " + word + " här.", StudyMode.DISTANCE);
        assertThat(waitFor(word, r -> r.total() == 1)).isTrue();
        String snippet = query(word).items().get(0).snippet();
        assertThat(snippet).contains("<mark>" + word + "</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aRebuildKeepsAnsweringFromTheOldIndexUntilTheNewOneIsSwappedIn() throws Exception {
        awaitIndexCurrent();
        long before = query("historia").total();
        assertThat(before).isPositive();
        assertThat(index.startRebuild()).isTrue();
        assertThat(index.startRebuild()).as("one rebuild at a time").isFalse();
        long deadline = System.currentTimeMillis() + 60_000;
        while (index.status().rebuild().isPresent() && System.currentTimeMillis() < deadline) {
            assertThat(index.status().ready()).isTrue();
            assertThat(query("historia").total()).as("answers during the rebuild").isEqualTo(before);
            Thread.sleep(20);
        }
        assertThat(index.status().rebuild()).as("rebuild finished").isEmpty();
        assertThat(index.status().lastError()).isEmpty();
        assertThat(query("historia").total()).isEqualTo(before);
        awaitIndexCurrent();
    }

    @Test
    void anyQueryTextIsSafe() {
        for (String text : List.of("\"", "*", ":", "(", "a:b (c* \"x", "AND OR NOT", "🎓✨", "x".repeat(4_000), "\\", "~2^3")) {
            assertThat(search.search(request(text, Map.of(), Optional.empty(), Optional.empty(), null, 0, 5)).total())
                    .isGreaterThanOrEqualTo(0);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private Map<String, Long> countsBy(String path, LocalDate today) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT " + path + ", COUNT(o) FROM Offering o WHERE o.cancelled = FALSE"
                + " AND o.endDate >= :today GROUP BY " + path, Object[].class).setParameter("today", today).getResultList()) {
            counts.put(row[0].toString(), (Long) row[1]);
        }
        return counts;
    }

    /** Commits a marker offering and waits until it is found: everything committed before it is indexed. */
    private void awaitIndexCurrent() throws Exception {
        String marker = uniqueWord();
        seed("Markör " + marker, "", StudyMode.DISTANCE);
        assertThat(waitFor(marker, r -> r.total() == 1)).as("index caught up").isTrue();
    }

    private static double haversineKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    private boolean waitFor(String text, Predicate<SearchResult> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (condition.test(query(text))) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.test(query(text));
    }

    private SearchResult query(String text) {
        return search.search(request(text, Map.of(), Optional.empty(), Optional.empty(), null, 0, 20));
    }

    private static SearchRequest request(String text, Map<String, List<String>> filters, Optional<GeoPoint> near,
            Optional<Double> radius, SearchOrder order, int page, int size) {
        return new SearchRequest(text, filters, Optional.empty(), Optional.empty(), false, near, radius,
                Optional.ofNullable(order), page, size, "sv");
    }

    /** A made-up word of letters only, unknown to the dictionary and to every other test run. */
    private String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private long seed(String title, String description, StudyMode mode) throws Exception {
        return inTransaction(() -> persistOffering(title, description, mode).getId());
    }

    private Offering persistOffering(String title, String description, StudyMode mode) {
        String key = "it-search-" + uniqueWord();
        Provider provider = new Provider("Testhögskolan", ProviderType.UNIVERSITY);
        provider.identifyAs(new ExternalRef(key, "provider"));
        em.persist(provider);
        Course course = new Course(provider, new CourseCode("SRCH1"), Map.of("sv", new CourseText(title, description)),
                "environment", StudyLevel.UNIVERSITY);
        em.persist(course);
        LocalDate start = LocalDate.now().plusDays(30);
        Offering offering = new Offering(course, start, start.plusWeeks(10), Pace.percent(50), mode,
                ApplicationWindow.continuous());
        List<LearningCentre> centres = new ArrayList<>(em.createNamedQuery("LearningCentre.active", LearningCentre.class)
                .setMaxResults(2).getResultList());
        offering.hostAt(centres);
        offering.identifyAs(new ExternalRef(key, "offering"));
        em.persist(offering);
        return offering;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.inTransaction(tx, work);
    }
}
