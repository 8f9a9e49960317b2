package se.larcentra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.assertJson;
import static se.larcentra.system.HttpTestClient.assertProblem;
import static se.larcentra.system.HttpTestClient.json;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.system.Deployments;
import se.larcentra.system.HttpTestClient;

/**
 * {@code /api/v1/search} over HTTP: its shape, its parameters and their errors, and the index being
 * rebuilt on start after it was deleted (the deployment deletes it first).
 */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

    /** The IT domain's index directory, as app/bin/larcentra it-start sets it up. */
    private static final Path INDEX = Optional.ofNullable(System.getenv("LARCENTRA_INDEX_DIR")).map(Path::of)
            .orElseGet(() -> Path.of(Optional.ofNullable(System.getenv("LARCENTRA_DATA_DIR")).orElse("target/it-data"), "index"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() throws IOException {
        // No server has the index open between deployments: deleting it here means the app finds none.
        if (Files.exists(INDEX)) {
            try (Stream<Path> files = Files.walk(INDEX)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private HttpTestClient client;

    @BeforeEach
    void searchIsReady() throws Exception {
        client = new HttpTestClient(base);
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            var search = client.get("api/v1/search?size=1");
            if (search.statusCode() == 200) {
                return;
            }
            // While building: 503 problem with Retry-After, and the health endpoint says so.
            assertProblem(search, 503);
            assertThat(search.headers().firstValue("Retry-After")).isPresent();
            // The build may finish between the two requests; then the next search answers 200.
            assertThat(json(client.get("api/v1/health")).getString("status")).isIn("STARTING", "UP");
            Thread.sleep(250);
        }
        throw new AssertionError("search did not become ready");
    }

    @Test
    void theDeletedIndexIsRebuiltAtStart() throws Exception {
        JsonObject health = json(client.get("api/v1/health"));
        assertThat(health.getString("status")).isEqualTo("UP");
        long offerings = json(client.get("api/v1/offerings?size=1")).getJsonNumber("total").longValue();
        assertThat(health.getJsonObject("search").getJsonNumber("documents").longValue()).isEqualTo(offerings);
        assertThat(Files.readString(INDEX.resolve("current"))).startsWith("offerings-");
    }

    @Test
    void answersWithTheListEnvelopeFacetsAndItems() throws Exception {
        var response = client.get("api/v1/search?q=historia&size=3&lang=sv");
        assertJson(response, 200, "application/json");
        JsonObject result = json(response);
        assertThat(result.keySet()).contains("total", "page", "size", "items", "facets").doesNotContain("didYouMean");
        assertThat(result.getInt("page")).isZero();
        assertThat(result.getInt("size")).isEqualTo(3);
        assertThat(result.getJsonArray("items")).hasSize(3);
        JsonObject item = result.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("id").longValue()).isPositive();
        assertThat(item.getString("title")).containsIgnoringCase("histori");
        assertThat(item.getJsonObject("provider").keySet()).contains("id", "name");
        assertThat(item.getString("startDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(item.getString("pace")).matches("\\d{1,3}|individual");
        assertThat(item.getString("mode")).isIn("DISTANCE", "CAMPUS", "BLENDED");
        assertThat(item.containsKey("distanceKm")).isFalse();
        assertThat(item.getString("snippet")).doesNotContain("<script");
        assertThat(result.getJsonObject("facets").keySet()).contains("provider_type", "provider", "subject", "level",
                "pace", "mode", "municipality", "centre", "start_month", "language");
        long facetTotal = result.getJsonObject("facets").getJsonObject("mode").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertThat(facetTotal).isEqualTo(result.getJsonNumber("total").longValue());
    }

    @Test
    void aRepeatedParameterMeansAnyOfItsValues() throws Exception {
        long distance = total("mode=DISTANCE");
        long campus = total("mode=CAMPUS");
        assertThat(total("mode=DISTANCE&mode=CAMPUS")).isEqualTo(distance + campus);
        assertThat(total("mode=DISTANCE&provider_type=UNIVERSITY")).isLessThanOrEqualTo(distance);
    }

    @Test
    void nearAMunicipalityGivesDistancesInOrder() throws Exception {
        JsonObject result = json(client.get("api/v1/search?near=1737&radius_km=50&size=20"));
        List<Double> distances = result.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("distanceKm").doubleValue()).toList();
        assertThat(distances).isNotEmpty().isSorted().allSatisfy(d -> assertThat(d).isBetween(0.0, 50.0));
    }

    @Test
    void pagesAddUpToTheTotal() throws Exception {
        long total = total("q=matematik");
        Set<Long> ids = new HashSet<>();
        for (int page = 0; page * 100 < total; page++) {
            json(client.get("api/v1/search?q=matematik&size=100&page=" + page)).getJsonArray("items")
                    .getValuesAs(JsonObject.class).forEach(i -> ids.add(i.getJsonNumber("id").longValue()));
        }
        assertThat(ids).hasSize((int) total);
    }

    @Test
    void suggestsCompletionsInTheAskedLanguage() throws Exception {
        var response = client.get("api/v1/search/suggest?q=sjuksk");
        assertJson(response, 200, "application/json");
        List<String> items = json(response).getJsonArray("items").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(10).allMatch(s -> s.toLowerCase().contains("sjuksk"));
        List<String> english = json(client.get("api/v1/search/suggest?q=nurs&lang=en")).getJsonArray("items")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertThat(english).isNotEmpty().allMatch(s -> s.toLowerCase().contains("nurs"));
    }

    @Test
    void offersASpellingForAMisspeltQuery() throws Exception {
        JsonObject result = json(client.get("api/v1/search?q=" + encode("glaciolgi farmakolgi")));
        assertThat(result.getJsonNumber("total").longValue()).isLessThan(3);
        assertThat(result.getString("didYouMean", "")).contains("farmakologi");
    }

    @Test
    void rejectsBadParametersNamingThem() throws Exception {
        assertParameterProblem("size=101", "size");
        assertParameterProblem("size=0", "size");
        assertParameterProblem("page=-1", "page");
        assertParameterProblem("page=abc", "page");
        assertParameterProblem("page=100&size=100", "page");
        assertParameterProblem("sort=distance", "sort");
        assertParameterProblem("sort=popular", "sort");
        assertParameterProblem("near=9999", "near");
        assertParameterProblem("near=abc", "near");
        assertParameterProblem("near=1737&radius_km=abc", "radius_km");
        assertParameterProblem("radius_km=10", "radius_km");
        assertParameterProblem("start_from=2027-13-01", "start_from");
        assertParameterProblem("open=maybe", "open");
        assertParameterProblem("lang=de", "lang");
    }

    @Test
    void anyQueryTextGetsAnAnswerNeverAServerError() throws Exception {
        for (String q : List.of("\"", "*", ":", "(", "a:b (c* \"x", "🎓 kurs ✨", "<script>", "%", "x".repeat(4_000),
                "kurs ".repeat(800))) {
            int status = client.get("api/v1/search?q=" + encode(q)).statusCode();
            assertThat(status).as("status for %s…", q.substring(0, Math.min(20, q.length()))).isIn(200, 414);
        }
    }

    private void assertParameterProblem(String query, String parameter) throws Exception {
        JsonObject problem = assertProblem(client.get("api/v1/search?" + query), 400);
        assertThat(problem.getString("parameter")).as("parameter named for %s", query).isEqualTo(parameter);
    }

    private long total(String query) throws Exception {
        return json(client.get("api/v1/search?size=1&" + query)).getJsonNumber("total").longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
