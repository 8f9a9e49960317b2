package se.larcentra.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.boundary.CatalogImports;
import se.larcentra.catalog.control.ImportDirectoryWatcher;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CreditSystem;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.entity.SearchChange;
import se.larcentra.system.Deployments;

/**
 * The EMIL3 import end to end in the running server: documents written for the test (identifiers
 * made unique per run from the templates in {@code emil3/}) are dropped into the import directory
 * the server watches, the way an operator would (written as {@code .part}, renamed to
 * {@code .json}); the test waits for the report in {@code done/} or {@code failed/} and then checks
 * the database. Uses the demo data's learning centres (Torsby municipality, 1737, has two).
 */
@ExtendWith(ArquillianExtension.class)
class Emil3ImportIT {

    private static final String WEB_MODULE = "web.war";
    private static final List<String> TEMPLATES = List.of("combined.json", "single.json", "malformed.json");
    private static final long REPORT_TIMEOUT_MILLIS = 20_000;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWithTestClasses(Emil3ImportIT.class);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        TEMPLATES.forEach(template -> web.addAsResource("emil3/" + template));
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    @Inject
    Catalog catalog;

    @Inject
    CatalogImports imports;

    @Inject
    Search search;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void importsADocumentWhoseEventsComeBeforeTheirCoursesAndProviders() throws Exception {
        List<LearningCentre> active = catalog.centres();
        Set<Long> allCentres = active.stream().map(LearningCentre::getId).collect(Collectors.toSet());
        Set<Long> torsbyCentres = active.stream().filter(c -> c.getMunicipality().getCode().equals("1737"))
                .map(LearningCentre::getId).collect(Collectors.toSet());
        Set<Long> karlstadCentres = active.stream().filter(c -> c.getMunicipality().getCode().equals("1780"))
                .map(LearningCentre::getId).collect(Collectors.toSet());
        assertThat(active).as("the demo's Torsby and Sysslebäck centres").filteredOn(c -> c.getExternalRef()
                .map(ExternalRef::toString).filter(Set.of("demo:centre-torsby", "demo:centre-sysslebäck")::contains)
                .isPresent()).hasSize(2);

        JsonObject report = drop("combined-" + run + ".json", template("combined.json"));

        assertThat(report.getString("status")).isEqualTo("IMPORTED");
        assertCounts(report, "providers", 4, 0, 0, 0);
        assertCounts(report, "courses", 4, 0, 0, 0);
        assertCounts(report, "offerings", 6, 0, 0, 1);
        assertThat(report.getJsonArray("rejected")).singleElement().satisfies(value -> {
            JsonObject rejected = value.asJsonObject();
            assertThat(rejected.getString("kind")).isEqualTo("offering");
            assertThat(rejected.getString("identifier")).isEqualTo("e.it." + run + ".unknown-course");
            assertThat(rejected.getString("reason")).contains("unknown course i.it." + run + ".nowhere");
            assertThat(rejected.getInt("line")).isPositive();
        });
        assertThat(warnings(report, "course", "i.it." + run + ".odd")).anySatisfy(w -> assertThat(w).contains("XYZ"));
        assertThat(warnings(report, "offering", "e.it." + run + ".stockholm"))
                .anySatisfy(w -> assertThat(w).contains("no learning centre in municipality 0180"));

        Provider university = provider("p.it." + run + ".university");
        assertThat(university.getName()).as("the Swedish name").isEqualTo("Testuniversitetet " + run);
        assertThat(university.getType()).isEqualTo(ProviderType.UNIVERSITY);
        assertThat(university.getWebsite()).isEqualTo("https://test.example/" + run);
        assertThat(provider("p.it." + run + ".folkhighschool").getType()).isEqualTo(ProviderType.FOLK_HIGH_SCHOOL);
        assertThat(provider("p.it." + run + ".komvux").getType()).isEqualTo(ProviderType.KOMVUX);
        assertThat(provider("p.it." + run + ".odd").getType()).as("unknown school type").isEqualTo(ProviderType.OTHER);

        Course physics = course("i.it." + run + ".physics");
        assertThat(physics.getProvider().getId()).isEqualTo(university.getId());
        assertThat(physics.getCode().value()).isEqualTo("FYGA11");
        assertThat(physics.getTexts()).containsOnlyKeys("sv", "en");
        assertThat(physics.title("en")).isEqualTo("Physics I " + run);
        assertThat(physics.text("sv").description()).isEqualTo("Grundkurs i fysik.");
        assertThat(physics.getLevel()).isEqualTo(StudyLevel.UNIVERSITY);
        assertThat(physics.getSubject()).isEqualTo("sun-441");
        assertThat(physics.getCredits()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("7.5"));
        assertThat(physics.getCreditSystem()).isEqualTo(CreditSystem.HP);
        Course maths = course("i.it." + run + ".maths");
        assertThat(maths.getTexts()).as("only one language").containsOnlyKeys("en");
        assertThat(maths.title("sv")).as("falls back to English").isEqualTo("Mathematics 1a " + run);
        assertThat(maths.getLevel()).isEqualTo(StudyLevel.KOMVUX_UPPER_SECONDARY);
        assertThat(course("i.it." + run + ".outdoor").getLevel()).isEqualTo(StudyLevel.FOLK_HIGH_SCHOOL);
        assertThat(course("i.it." + run + ".odd").getLevel()).isEqualTo(StudyLevel.OTHER);

        Offering distance = offering("e.it." + run + ".distance");
        assertThat(distance.getCourse().getId()).isEqualTo(physics.getId());
        assertThat(distance.getMode()).isEqualTo(StudyMode.DISTANCE);
        assertThat(distance.getMandatoryOnSiteSessions()).isZero();
        assertThat(distance.getMandatoryRemoteSessions()).isEqualTo(3);
        assertThat(ids(distance.getHostingCentres())).as("every active centre").isEqualTo(allCentres);
        assertThat(distance.getStartDate()).isEqualTo(LocalDate.of(2031, 8, 31));
        assertThat(distance.getEndDate()).isEqualTo(LocalDate.of(2032, 1, 17));
        assertThat(distance.getPace()).isEqualTo(Pace.percent(50));
        assertThat(distance.getApplicationWindow())
                .isEqualTo(ApplicationWindow.between(LocalDate.of(2031, 3, 15), LocalDate.of(2031, 4, 15)));
        assertThat(distance.getPlaces()).contains(40);
        assertThat(distance.getFee().isFree()).isTrue();
        assertThat(distance.getInstructionLanguage()).isEqualTo("sv");
        assertThat(distance.isCancelled()).isFalse();

        Offering campus = offering("e.it." + run + ".campus");
        assertThat(campus.getMode()).isEqualTo(StudyMode.CAMPUS);
        assertThat(ids(campus.getHostingCentres())).as("the centres of Torsby municipality").isEqualTo(torsbyCentres);
        assertThat(campus.getPace()).isEqualTo(Pace.individual());
        assertThat(campus.getApplicationWindow()).isEqualTo(ApplicationWindow.continuous());
        assertThat(campus.getFee()).isEqualTo(new Fee(new BigDecimal("1500"), "SEK"));
        assertThat(campus.getStartDate()).isEqualTo(LocalDate.of(2031, 9, 1));

        Offering blended = offering("e.it." + run + ".blended-cancelled");
        assertThat(blended.getMode()).isEqualTo(StudyMode.BLENDED);
        assertThat(blended.getMandatoryOnSiteSessions()).isEqualTo(4);
        assertThat(ids(blended.getHostingCentres())).isEqualTo(karlstadCentres);
        assertThat(blended.getInstructionLanguage()).isEqualTo("en");
        assertThat(blended.isCancelled()).as("isCancelled").isTrue();
        assertThat(offering("e.it." + run + ".expired").isCancelled()).as("expires has passed").isTrue();
        assertThat(offering("e.it." + run + ".stockholm").getHostingCentres()).as("no centre in Stockholm").isEmpty();
        assertThat(findOffering("e.it." + run + ".unknown-course")).isEmpty();

        for (String event : List.of("distance", "campus", "blended-cancelled", "expired", "stockholm", "odd")) {
            assertThat(searchChanges(SearchChange.Kind.OFFERING, offering("e.it." + run + "." + event).getId()))
                    .as("search change of %s", event).isPositive();
        }
        assertThat(searchChanges(SearchChange.Kind.COURSE, physics.getId())).isPositive();
        assertThat(searchChanges(SearchChange.Kind.PROVIDER, university.getId())).isPositive();
    }

    @Test
    void importingADocumentAgainUpdatesInsteadOfDuplicating() throws Exception {
        String document = template("single.json").replace("${title}", "Svenska 1 " + run);

        JsonObject first = drop("single-" + run + ".json", document);
        JsonObject second = drop("single-" + run + ".json", document);
        JsonObject third = drop("single-" + run + "-changed.json", document.replace("Svenska 1 " + run, "Svenska 1 " + run + " (ny)"));

        assertCounts(first, "offerings", 1, 0, 0, 0);
        assertThat(awaitSearchHit("Svenska " + run)).as("searchable within seconds of the import")
                .isEqualTo(offering("e.it." + run).getId());
        assertCounts(second, "providers", 0, 0, 1, 0);
        assertCounts(second, "courses", 0, 0, 1, 0);
        assertCounts(second, "offerings", 0, 0, 1, 0);
        assertCounts(third, "courses", 0, 1, 0, 0);
        assertCounts(third, "offerings", 0, 0, 1, 0);
        assertThat(count("Provider", "p.it." + run)).isEqualTo(1);
        assertThat(count("Course", "i.it." + run)).isEqualTo(1);
        assertThat(count("Offering", "e.it." + run)).isEqualTo(1);
        assertThat(course("i.it." + run).title("sv")).isEqualTo("Svenska 1 " + run + " (ny)");
        Path done = ImportDirectoryWatcher.configuredDirectory().resolve("done");
        assertThat(done.resolve("single-" + run + ".json")).exists();
        try (var sameName = Files.list(done)) {
            assertThat(sameName.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("single-" + run + ".") && name.endsWith(".json")
                            && !name.endsWith(".report.json")))
                    .as("the second file of the same name got a timestamp").hasSize(2);
        }
        Offering offering = offering("e.it." + run);
        assertThat(ids(offering.getHostingCentres())).as("distance: every active centre")
                .isEqualTo(ids(catalog.centres()));
    }

    @Test
    void aMalformedFileImportsNothingAndFailsWithTheLine() throws Exception {
        JsonObject report = drop("malformed-" + run + ".json", template("malformed.json"));

        assertThat(report.getString("status")).isEqualTo("FAILED");
        assertThat(report.getJsonObject("error").getString("message")).startsWith("malformed JSON");
        assertThat(report.getJsonObject("error").getInt("line")).isEqualTo(11);
        assertThat(report.getJsonObject("error").getInt("column")).isPositive();
        assertCounts(report, "providers", 0, 0, 0, 0);
        assertThat(ImportDirectoryWatcher.configuredDirectory().resolve("failed/malformed-" + run + ".json")).exists();
        assertThat(count("Provider", "p.it." + run)).as("nothing half-way").isZero();
    }

    @Test
    void aPartFileIsIgnoredUntilItIsRenamed() throws Exception {
        Path directory = ImportDirectoryWatcher.configuredDirectory();
        Path part = directory.resolve("slow-" + run + ".json.part");
        Files.writeString(part, template("single.json").replace("${title}", "Delvis " + run));

        awaitARoundOfTheWatcher();

        assertThat(part).as("a round of the watcher later").exists();
        assertThat(count("Offering", "e.it." + run)).isZero();
        Files.move(part, directory.resolve("slow-" + run + ".json"));
        JsonObject report = awaitReport("slow-" + run + ".json", Set.of());
        assertThat(report.getString("status")).isEqualTo("IMPORTED");
        assertThat(count("Offering", "e.it." + run)).isEqualTo(1);
    }

    @Test
    void aFileLargerThanTheLimitGoesToFailedUnreadWithTheReason() throws Exception {
        // The IT domain's limit is 100 000 bytes (app/bin/larcentra); valid JSON, padded past it.
        String document = template("single.json").replace("${title}", "Stor " + run);
        String padded = document.substring(0, document.lastIndexOf('}')) + ", \"padding\": \"" + "x".repeat(100_000) + "\"}";
        JsonObject report = drop("large-" + run + ".json", padded);

        assertThat(report.getString("status")).isEqualTo("FAILED");
        assertThat(report.getJsonObject("error").getString("message")).contains("LARCENTRA_IMPORT_MAX_BYTES");
        assertThat(ImportDirectoryWatcher.configuredDirectory().resolve("failed/large-" + run + ".json")).exists();
        assertThat(count("Offering", "e.it." + run)).isZero();
    }

    @Test
    void aLinkInTheDirectoryIsNeverRead() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("elsewhere", ".json"),
                template("single.json").replace("${title}", "Länkad " + run));
        Path link = Files.createSymbolicLink(ImportDirectoryWatcher.configuredDirectory().resolve("link-" + run + ".json"), outside);
        try {
            awaitARoundOfTheWatcher();
            assertThat(link).as("a round of the watcher later, left alone").exists();
            assertThat(count("Offering", "e.it." + run)).isZero();
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void onlyAdministratorsImportThroughTheBoundary() {
        assertThatThrownBy(() -> imports.importEmil3("x.json", "{\"educationEvents\": []}"))
                .isInstanceOf(EJBAccessException.class);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private String template(String name) throws IOException {
        try (InputStream in = Emil3ImportIT.class.getResourceAsStream("/emil3/" + name)) {
            assertThat(in).as("template %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${run}", run);
        }
    }

    /** Waits until the watcher has listed the directory as it is now: a file dropped now has its report. */
    private void awaitARoundOfTheWatcher() throws Exception {
        assertThat(drop("round-" + run + "-" + System.nanoTime() + ".json", "{\"educationEvents\": []}").getString("status"))
                .isEqualTo("IMPORTED");
    }

    /** Writes the document as {@code <name>.part}, renames it in, and waits for its report. */
    private JsonObject drop(String name, String document) throws Exception {
        Path directory = ImportDirectoryWatcher.configuredDirectory();
        Path part = directory.resolve(name + ".part");
        Files.writeString(part, document);
        Set<Path> earlier = reports(name);
        Files.move(part, directory.resolve(name));
        return awaitReport(name, earlier);
    }

    /** Waits for a report of a file of that name in done/ or failed/ that is not one of {@code earlier}. */
    private JsonObject awaitReport(String name, Set<Path> earlier) throws Exception {
        long deadline = System.currentTimeMillis() + REPORT_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<Path> report = reports(name).stream().filter(p -> !earlier.contains(p)).findFirst();
            if (report.isPresent()) {
                try (JsonReader reader = Json.createReader(new StringReader(Files.readString(report.get())))) {
                    return reader.readObject();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no report for " + name + " within " + REPORT_TIMEOUT_MILLIS + " ms");
    }

    /** Reports in done/ and failed/ of files named {@code name}, or so with a timestamp added. */
    private static Set<Path> reports(String name) throws IOException {
        Path directory = ImportDirectoryWatcher.configuredDirectory();
        String base = name.substring(0, name.length() - ".json".length());
        Pattern reportName = Pattern.compile(Pattern.quote(base) + "(\\.\\d{8}T\\d{6}Z(-\\d+)?)?\\.json\\.report\\.json");
        Set<Path> reports = new HashSet<>();
        for (String folder : List.of("done", "failed")) {
            try (var files = Files.list(directory.resolve(folder))) {
                files.filter(p -> reportName.matcher(p.getFileName().toString()).matches()).forEach(reports::add);
            }
        }
        return reports;
    }

    /** The id of the first offering a search for {@code text} finds, waiting up to 15 s for the index. */
    private long awaitSearchHit(String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        RuntimeException last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                SearchResult result = search.search(new SearchRequest(text, Map.of(), Optional.empty(), Optional.empty(),
                        false, Optional.empty(), Optional.empty(), Optional.empty(), 0, 10, "sv"));
                if (!result.items().isEmpty()) {
                    return result.items().get(0).id();
                }
            } catch (RuntimeException unavailable) {
                last = unavailable; // the index may still be building after the deployment
            }
            Thread.sleep(250);
        }
        throw new AssertionError("search finds nothing for \"" + text + "\" within 15 s", last);
    }

    private static void assertCounts(JsonObject report, String kind, int created, int updated, int unchanged, int rejected) {
        JsonObject counts = report.getJsonObject("counts").getJsonObject(kind);
        assertThat(Map.of("created", counts.getInt("created"), "updated", counts.getInt("updated"),
                "unchanged", counts.getInt("unchanged"), "rejected", counts.getInt("rejected")))
                .as("%s in %s", kind, report)
                .isEqualTo(Map.of("created", created, "updated", updated, "unchanged", unchanged, "rejected", rejected));
    }

    private static List<String> warnings(JsonObject report, String kind, String identifier) {
        return report.getJsonArray("warnings").stream().map(JsonObject.class::cast)
                .filter(w -> w.getString("kind").equals(kind) && !w.isNull("identifier")
                        && w.getString("identifier").equals(identifier))
                .map(w -> w.getString("message")).toList();
    }

    private static Set<Long> ids(List<LearningCentre> centres) {
        return centres.stream().map(LearningCentre::getId).collect(Collectors.toSet());
    }

    private Provider provider(String identifier) {
        return catalog.getProvider(byExternalRef("Provider", Provider.class, identifier).orElseThrow().getId());
    }

    private Course course(String identifier) {
        return catalog.getCourse(byExternalRef("Course", Course.class, identifier).orElseThrow().getId());
    }

    private Optional<Offering> findOffering(String identifier) {
        return byExternalRef("Offering", Offering.class, identifier).map(o -> catalog.getOffering(o.getId()));
    }

    private Offering offering(String identifier) {
        return findOffering(identifier).orElseThrow(() -> new AssertionError("no offering " + identifier));
    }

    private <T> Optional<T> byExternalRef(String entity, Class<T> type, String identifier) {
        return em.createNamedQuery(entity + ".byExternalRef", type)
                .setParameter("source", "susa").setParameter("externalId", identifier)
                .getResultStream().findFirst();
    }

    private long count(String entity, String identifier) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e WHERE e.externalRef.source = 'susa'"
                + " AND e.externalRef.externalId = :id", Long.class).setParameter("id", identifier).getSingleResult();
    }

    private long searchChanges(SearchChange.Kind kind, long id) {
        return em.createQuery("SELECT COUNT(c) FROM SearchChange c WHERE c.kind = :kind AND c.entityId = :id", Long.class)
                .setParameter("kind", kind).setParameter("id", id).getSingleResult();
    }
}
