package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Collator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import se.larcentra.platform.entity.SwedishSortKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built EAR, deployed as it is, driven over HTTP the way a browser without JavaScript or an API
 * client would: the pages in Swedish and English, their stable addresses and 404s, and the catalogue
 * API with its envelopes, languages and problem documents. Runs against the demo data of the IT domain
 * (other ITs add records to it, so counts are lower bounds and lists are compared with the API).
 * Also the smoke test: the EAR deploys, migrates its database and serves its start page.
 */
@ExtendWith(ArquillianExtension.class)
class SystemHttpIT {

    /** The 18 municipalities of Värmland's learning centres (/work/shared/data/municipalities.csv). */
    private static final Set<String> MUNICIPALITY_CODES = Set.of(
            "1715", "1730", "1737", "1760", "1761", "1762", "1763", "1764", "1765", "1766",
            "1780", "1781", "1782", "1783", "1784", "1785", "1883", "1862");

    private static final String TORSBY = "1737";
    private static final int CATALOG_PAGE_SIZE = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    // --- pages

    @Test
    void startPageIsSwedishByDefaultAndListsTheCentresByMunicipality() throws Exception {
        HttpClient browser = browser();

        HttpResponse<String> page = get(browser, "");

        assertHtml(page, 200);
        assertThat(htmlLang(page)).isEqualTo("sv");
        assertThat(h1(page)).isEqualTo("Studera nära dig");
        assertThat(page.body()).contains("Lärcentra i Värmland").contains("href=\"/catalog.xhtml\"");
        long total = json(get(browser, "api/v1/offerings?size=1")).getJsonNumber("total").longValue();
        assertThat(firstNumberIn(group(page.body(), "Just nu finns ([\\d\\s\u00a0\u202f]+) kurstillfällen")))
                .as("offering count on the start page").isEqualTo(total);

        // Every municipality has its heading, and the centres under Torsby's are Torsby's.
        JsonArray centres = json(get(browser, "api/v1/centres?size=100")).getJsonArray("items");
        Set<String> municipalityNames = centres.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonObject("municipality").getString("name")).collect(Collectors.toSet());
        assertThat(allGroups(page.body(), "<h3>([^<]+)</h3>")).containsExactlyInAnyOrderElementsOf(municipalityNames)
                .contains("Torsby");
        String torsby = group(page.body(), "(?s)<h3>Torsby</h3>\\s*<ul>(.*?)</ul>");
        List<String> torsbyCentres = allGroups(torsby, "href=\"/centre/([0-9]+)\"");
        assertThat(torsbyCentres).as("links to centres under Torsby").isNotEmpty();
        for (String id : torsbyCentres) {
            JsonObject centre = json(get(browser, "api/v1/centres/" + id));
            assertThat(centre.getJsonObject("municipality").getString("code")).as("municipality of centre %s", id)
                    .isEqualTo(TORSBY);
        }
    }

    @Test
    void languageSwitchTurnsThePagesEnglishForTheRestOfTheSession() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> swedish = get(browser, "");
        String switchLink = group(swedish.body(), "<a class=\"lang-switch\" href=\"([^\"]+)\"");
        assertThat(switchLink).isEqualTo("/?lang=en");

        HttpResponse<String> english = get(browser, switchLink.substring(1));

        assertHtml(english, 200);
        assertThat(htmlLang(english)).isEqualTo("en");
        assertThat(h1(english)).isEqualTo("Study near you");
        assertThat(english.body()).contains("Learning centres in Värmland").doesNotContain("Lärcentra i Värmland");
        assertThat(group(english.body(), "<a class=\"lang-switch\" href=\"([^\"]+)\"[^>]*>([^<]+)</a>", 2))
                .isEqualTo("Svenska");

        HttpResponse<String> later = get(browser, "");
        assertThat(htmlLang(later)).as("the start page again, without ?lang").isEqualTo("en");
        assertThat(h1(later)).isEqualTo("Study near you");
        HttpResponse<String> catalog = get(browser, "catalog.xhtml");
        assertThat(htmlLang(catalog)).isEqualTo("en");
        assertThat(h1(catalog)).isEqualTo("Courses");
        assertThat(catalog.body()).contains("Showing 1–20 of");

        assertThat(htmlLang(get(browser(), ""))).as("another visitor's session").isEqualTo("sv");

        HttpResponse<String> back = get(browser, "?lang=sv");
        assertThat(htmlLang(back)).isEqualTo("sv");
        assertThat(htmlLang(get(browser, "catalog.xhtml"))).isEqualTo("sv");
    }

    @Test
    void cataloguePagesThroughTheOfferingsInTheApisOrder() throws Exception {
        HttpClient browser = browser();
        JsonObject api = json(get(browser, "api/v1/offerings?size=" + 2 * CATALOG_PAGE_SIZE));
        long total = api.getJsonNumber("total").longValue();
        List<Long> apiIds = ids(api);

        HttpResponse<String> first = get(browser, "catalog.xhtml");

        assertHtml(first, 200);
        assertThat(h1(first)).isEqualTo("Kurser");
        assertThat(summary(first)).matches("Visar 1–20 av [0-9\\s\u00a0\u202f]+ kurstillfällen\\.");
        assertThat(firstNumberIn(summary(first).replaceFirst(".* av ", ""))).isEqualTo(total);
        List<Row> firstRows = rows(first);
        assertThat(firstRows).hasSize(CATALOG_PAGE_SIZE);
        assertThat(firstRows).extracting(Row::id).containsExactlyElementsOf(apiIds.subList(0, CATALOG_PAGE_SIZE));
        long pageCount = (total + CATALOG_PAGE_SIZE - 1) / CATALOG_PAGE_SIZE;
        assertThat(first.body()).contains("Sida 1 av " + pageCount);

        String next = group(first.body(), "<a href=\"([^\"]+)\" rel=\"next\">Nästa</a>");
        assertThat(next).isEqualTo("/catalog.xhtml?page=2");
        HttpResponse<String> second = get(browser, next.substring(1));

        assertHtml(second, 200);
        assertThat(summary(second)).startsWith("Visar 21–40 av ");
        assertThat(firstNumberIn(summary(second).replaceFirst(".* av ", ""))).isEqualTo(total);
        List<Row> secondRows = rows(second);
        assertThat(secondRows).extracting(Row::id)
                .containsExactlyElementsOf(apiIds.subList(CATALOG_PAGE_SIZE, 2 * CATALOG_PAGE_SIZE))
                .doesNotContainAnyElementsOf(firstRows.stream().map(Row::id).toList());
        assertThat(second.body()).contains("Sida 2 av " + pageCount).contains("rel=\"prev\"");

        assertThat(get(browser, "catalog.xhtml?page=" + (pageCount + 1)).statusCode()).as("a page after the last")
                .isEqualTo(404);
    }

    @Test
    void catalogueSortsByTitleWhenItsColumnHeaderIsFollowed() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> byStart = get(browser, "catalog.xhtml");
        String sortLink = group(byStart.body(), "<a class=\"sort-link\" href=\"([^\"]+)\">Kurs<");
        assertThat(sortLink).isEqualTo("/catalog.xhtml?sort=title");

        HttpResponse<String> byTitle = get(browser, sortLink.substring(1));

        assertHtml(byTitle, 200);
        assertThat(byTitle.body()).contains("Kurstillfällen, sorterade efter kursnamn (stigande)");
        List<String> titles = rows(byTitle).stream().map(Row::title).toList();
        // Swedish alphabetical order: å, ä, ö after z, case and punctuation ignored, numbers by value.
        assertThat(titles).hasSize(CATALOG_PAGE_SIZE)
                .isSortedAccordingTo(Comparator.comparing(SwedishSortKey::of));
        List<String> apiTitles = json(get(browser, "api/v1/offerings?sort=title&size=" + CATALOG_PAGE_SIZE))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("title")).toList();
        assertThat(titles).containsExactlyElementsOf(apiTitles);
        assertThat(group(byTitle.body(), "<a href=\"([^\"]+)\" rel=\"next\">")).as("the pager keeps the order")
                .isEqualTo("/catalog.xhtml?sort=title&amp;page=2");
    }

    @Test
    void offeringPageAtItsStableAddressShowsTheCourseTitleInSwedishAndEnglish() throws Exception {
        HttpClient browser = browser();
        Bilingual offering = bilingualOffering(browser);
        JsonObject detail = json(get(browser, "api/v1/offerings/" + offering.id()));

        HttpResponse<String> swedish = get(browser, "offering/" + offering.id());

        assertHtml(swedish, 200);
        assertThat(htmlLang(swedish)).isEqualTo("sv");
        assertThat(h1(swedish)).isEqualTo(offering.swedish());
        assertThat(text(group(swedish.body(), "<title>(.*?)</title>"))).isEqualTo(offering.swedish() + " – Lärcentra");
        assertThat(swedish.body()).contains(escape(detail.getJsonObject("provider").getString("name")))
                .contains(detail.getJsonObject("course").getString("code"))
                .contains("Fakta om kurstillfället");
        assertThat(group(swedish.body(), "<a class=\"lang-switch\" href=\"([^\"]+)\""))
                .as("the switch keeps the stable address").isEqualTo("/offering/" + offering.id() + "?lang=en");

        HttpResponse<String> english = get(browser, "offering/" + offering.id() + "?lang=en");

        assertHtml(english, 200);
        assertThat(htmlLang(english)).isEqualTo("en");
        assertThat(h1(english)).isEqualTo(offering.english());
        assertThat(text(group(english.body(), "<title>(.*?)</title>"))).isEqualTo(offering.english() + " – Lärcentra");
        assertThat(english.body()).contains("About this offering");
    }

    @Test
    void centrePageShowsTheCentreAndItsRooms() throws Exception {
        HttpClient browser = browser();
        JsonObject centre = json(get(browser, "api/v1/centres/" + centreIds(browser).get(0)));
        List<JsonObject> rooms = centre.getJsonArray("rooms").getValuesAs(JsonObject.class);
        assertThat(rooms).as("rooms of the first centre in the demo data").isNotEmpty();

        HttpResponse<String> page = get(browser, "centre/" + centre.getJsonNumber("id").longValue());

        assertHtml(page, 200);
        assertThat(h1(page)).isEqualTo(centre.getString("name"));
        assertThat(page.body()).contains("<h2>Rum</h2>")
                .contains(escape(centre.getJsonObject("municipality").getString("name")));
        Matcher shown = Pattern.compile(
                "(?s)<tr>\\s*<th scope=\"row\">(.*?)</th>\\s*<td>(.*?)</td>\\s*<td class=\"num\">(.*?)</td>")
                .matcher(group(page.body(), "(?s)<caption id=\"rooms-caption\"(.*?)</table>"));
        List<String> shownRooms = new ArrayList<>();
        List<String> shownTypes = new ArrayList<>();
        while (shown.find()) {
            shownRooms.add(text(shown.group(1)) + " (" + text(shown.group(3)) + ")");
            shownTypes.add(text(shown.group(2)));
        }
        assertThat(shownRooms).containsExactlyElementsOf(
                rooms.stream().map(r -> r.getString("name") + " (" + r.getInt("capacity") + ")").toList());
        assertThat(shownTypes).as("room types, in words").allSatisfy(type -> assertThat(type).isNotBlank()
                .doesNotMatch("[A-Z_]+"));
    }

    @Test
    void unknownOrMalformedOfferingAddressIsATranslated404WithoutStackTrace() throws Exception {
        for (String path : List.of("offering/999999999", "offering/abc")) {
            HttpResponse<String> swedish = get(browser(), path);

            assertHtml(swedish, 404);
            assertThat(htmlLang(swedish)).as(path).isEqualTo("sv");
            assertThat(h1(swedish)).as(path).isEqualTo("Sidan finns inte");
            assertThat(swedish.body()).as(path).contains("Till startsidan")
                    .doesNotContain("Exception").doesNotContain("at se.larcentra");

            HttpResponse<String> english = get(browser(), path + "?lang=en");

            assertHtml(english, 404);
            assertThat(htmlLang(english)).as(path).isEqualTo("en");
            assertThat(h1(english)).as(path).isEqualTo("Page not found");
            assertThat(english.body()).as(path).doesNotContain("Exception").doesNotContain("at se.larcentra");
        }
    }

    // --- API: centres

    @Test
    void apiListsTheCentresOfAllEighteenMunicipalitiesWithTheirPositions() throws Exception {
        HttpResponse<String> response = get(browser(), "api/v1/centres?size=100");

        assertJson(response, 200, "application/json");
        JsonObject envelope = json(response);
        assertThat(envelope.keySet()).containsExactly("total", "page", "size", "items");
        List<JsonObject> centres = envelope.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(centres).hasSizeGreaterThanOrEqualTo(18);
        assertThat(envelope.getJsonNumber("total").longValue()).isEqualTo(centres.size());
        assertThat(envelope.getInt("page")).isZero();
        assertThat(envelope.getInt("size")).isEqualTo(100);
        assertThat(centres).allSatisfy(centre -> {
            assertThat(centre.get("id").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
            assertThat(centre.getJsonNumber("id").isIntegral()).isTrue();
            assertThat(centre.getString("name")).isNotBlank();
            assertThat(centre.getJsonNumber("lat").doubleValue()).as("lat of %s", centre).isBetween(58.5, 61.0);
            assertThat(centre.getJsonNumber("lon").doubleValue()).as("lon of %s", centre).isBetween(11.5, 15.0);
            JsonObject municipality = centre.getJsonObject("municipality");
            assertThat(municipality.getString("code")).isIn(MUNICIPALITY_CODES);
            assertThat(municipality.getString("name")).isNotBlank();
        });
        assertThat(centres.stream().map(c -> c.getJsonObject("municipality").getString("code")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(MUNICIPALITY_CODES);
        assertThat(centres.stream().filter(c -> c.getJsonObject("municipality").getString("code").equals(TORSBY)))
                .allSatisfy(c -> assertThat(c.getJsonObject("municipality").getString("name")).isEqualTo("Torsby"));
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        assertThat(centres).as("ordered by municipality name, then id").isSortedAccordingTo(Comparator
                .comparing((JsonObject c) -> c.getJsonObject("municipality").getString("name"), swedish)
                .thenComparing(c -> c.getJsonNumber("id").longValue()));

        List<Long> firstTwo = ids(json(get(browser(), "api/v1/centres?size=2")));
        List<Long> secondTwo = ids(json(get(browser(), "api/v1/centres?size=2&page=1")));
        assertThat(firstTwo).hasSize(2).doesNotContainAnyElementsOf(secondTwo);
        assertThat(concat(firstTwo, secondTwo)).containsExactlyElementsOf(ids(envelope).subList(0, 4));
    }

    @Test
    void apiCentreHasItsRoomsWithTypeAndCapacity() throws Exception {
        long id = centreIds(browser()).get(0);

        HttpResponse<String> response = get(browser(), "api/v1/centres/" + id);

        assertJson(response, 200, "application/json");
        JsonObject centre = json(response);
        assertThat(centre.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(centre.getJsonObject("municipality").getString("code")).isIn(MUNICIPALITY_CODES);
        List<JsonObject> rooms = centre.getJsonArray("rooms").getValuesAs(JsonObject.class);
        assertThat(rooms).isNotEmpty().allSatisfy(room -> {
            assertThat(room.getString("name")).isNotBlank();
            assertThat(room.getString("type")).isIn("STUDY_ROOM", "GROUP_ROOM", "EXAM_ROOM", "VIDEO_CONFERENCE_ROOM",
                    "COMPUTER_ROOM");
            assertThat(room.getInt("capacity")).isPositive();
        });

        HttpResponse<String> unknown = get(browser(), "api/v1/centres/999999999");
        assertProblem(unknown, 404);
    }

    // --- API: offerings

    @Test
    void apiListsOfferingsAPageAtATime() throws Exception {
        HttpResponse<String> response = get(browser(), "api/v1/offerings?size=5");

        assertJson(response, 200, "application/json");
        JsonObject envelope = json(response);
        assertThat(envelope.keySet()).containsExactly("total", "page", "size", "items");
        assertThat(envelope.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(600);
        assertThat(envelope.getInt("page")).isZero();
        assertThat(envelope.getInt("size")).isEqualTo(5);
        assertThat(envelope.getJsonArray("items").getValuesAs(JsonObject.class)).hasSize(5).allSatisfy(offering -> {
            assertThat(offering.getJsonNumber("id").isIntegral()).isTrue();
            assertThat(offering.getString("title")).isNotBlank();
            assertThat(offering.getJsonObject("course").getString("code")).isNotBlank();
            assertThat(offering.getJsonObject("provider").getString("name")).isNotBlank();
            assertThat(LocalDate.parse(offering.getString("startDate")))
                    .isBeforeOrEqualTo(LocalDate.parse(offering.getString("endDate")));
        });

        JsonObject defaults = json(get(browser(), "api/v1/offerings"));
        assertThat(defaults.getInt("size")).as("default page size").isEqualTo(20);
        assertThat(defaults.getJsonArray("items")).hasSize(20);
    }

    @Test
    void apiPagingIsStableAndOrderedByStartDateThenId() throws Exception {
        HttpClient client = browser();
        List<JsonObject> page0 = items(json(get(client, "api/v1/offerings?size=5&page=0")));
        List<JsonObject> page1 = items(json(get(client, "api/v1/offerings?size=5&page=1")));
        List<JsonObject> both = items(json(get(client, "api/v1/offerings?size=10")));

        assertThat(ids(page0)).hasSize(5).doesNotContainAnyElementsOf(ids(page1));
        assertThat(concat(ids(page0), ids(page1))).as("two pages of 5 are the first 10").containsExactlyElementsOf(ids(both));
        assertThat(both).isSortedAccordingTo(Comparator
                .comparing((JsonObject o) -> LocalDate.parse(o.getString("startDate")))
                .thenComparing(o -> o.getJsonNumber("id").longValue()));
        assertThat(ids(items(json(get(client, "api/v1/offerings?size=5&page=1"))))).as("the same page again")
                .containsExactlyElementsOf(ids(page1));

        long total = json(get(client, "api/v1/offerings?size=1")).getJsonNumber("total").longValue();
        JsonObject beyond = json(get(client, "api/v1/offerings?size=100&page=" + (total / 100 + 1)));
        assertThat(beyond.getJsonArray("items")).as("a page after the last").isEmpty();
        assertThat(beyond.getJsonNumber("total").longValue()).isEqualTo(total);
    }

    @Test
    void apiOfferingHasItsCourseAndProvider() throws Exception {
        JsonObject summary = items(json(get(browser(), "api/v1/offerings?size=1"))).get(0);
        long id = summary.getJsonNumber("id").longValue();

        HttpResponse<String> response = get(browser(), "api/v1/offerings/" + id);

        assertJson(response, 200, "application/json");
        JsonObject offering = json(response);
        assertThat(offering.getJsonNumber("id").longValue()).isEqualTo(id);
        JsonObject course = offering.getJsonObject("course");
        assertThat(course.getJsonNumber("id").longValue()).isEqualTo(summary.getJsonObject("course").getJsonNumber("id").longValue());
        assertThat(course.getString("code")).isEqualTo(summary.getJsonObject("course").getString("code"));
        assertThat(course.getString("title")).isEqualTo(summary.getString("title"));
        assertThat(course.getString("language")).isEqualTo("sv");
        JsonObject provider = offering.getJsonObject("provider");
        assertThat(provider.getJsonNumber("id").longValue()).isEqualTo(summary.getJsonObject("provider").getJsonNumber("id").longValue());
        assertThat(provider.getString("name")).isEqualTo(summary.getJsonObject("provider").getString("name")).isNotBlank();
        assertThat(provider.getString("type")).isNotBlank();
        assertThat(offering.getString("startDate")).isEqualTo(summary.getString("startDate"));
    }

    @Test
    void apiGivesEnglishTextsForLangOrAcceptLanguage() throws Exception {
        HttpClient client = browser();
        Bilingual offering = bilingualOffering(client);
        String path = "api/v1/offerings/" + offering.id();

        HttpResponse<String> swedish = get(client, path);
        HttpResponse<String> byParameter = get(client, path + "?lang=en");
        HttpResponse<String> byHeader = get(client, path, "Accept-Language", "en-GB,en;q=0.9,sv;q=0.5");
        HttpResponse<String> parameterWins = get(client, path + "?lang=en", "Accept-Language", "sv");

        assertThat(json(swedish).getJsonObject("course").getString("title")).isEqualTo(offering.swedish());
        assertThat(swedish.headers().firstValue("Content-Language")).hasValue("sv");
        for (HttpResponse<String> english : List.of(byParameter, byHeader, parameterWins)) {
            assertJson(english, 200, "application/json");
            JsonObject course = json(english).getJsonObject("course");
            assertThat(course.getString("title")).as(english.request().toString()).isEqualTo(offering.english());
            assertThat(course.getString("language")).isEqualTo("en");
            assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        }
        assertThat(swedish.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Language");

        JsonObject listedInEnglish = items(json(get(client, "api/v1/offerings?size=20", "Accept-Language", "en"))).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == offering.id()).findFirst().orElseThrow();
        assertThat(listedInEnglish.getString("title")).isEqualTo(offering.english());

        assertProblem(get(client, path + "?lang=de"), 400);
        assertThat(json(get(client, path + "?lang=de")).getString("parameter")).isEqualTo("lang");
    }

    @Test
    void apiAnswersAnUnknownOfferingWithA404Problem() throws Exception {
        HttpResponse<String> response = get(browser(), "api/v1/offerings/999999999");

        JsonObject problem = assertProblem(response, 404);
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.larcentra");
    }

    @Test
    void apiRejectsInvalidPagingWithA400ProblemNamingTheParameter() throws Exception {
        HttpClient client = browser();
        for (String query : List.of("size=101", "size=0", "page=-1", "page=abc", "size=abc", "page=99999999999")) {
            String parameter = query.substring(0, query.indexOf('='));

            HttpResponse<String> response = get(client, "api/v1/offerings?" + query);

            JsonObject problem = assertProblem(response, 400);
            assertThat(problem.getString("title")).as(query).isEqualTo("Bad Request");
            assertThat(problem.getString("parameter", null)).as(query).isEqualTo(parameter);
            assertThat(problem.getString("detail", "")).as(query).contains(parameter);
        }
        assertThat(json(get(client, "api/v1/centres?size=101")).getString("parameter")).isEqualTo("size");
    }

    // --- helpers

    /** An offering whose course has a Swedish and a different English title, from the API. */
    private record Bilingual(long id, String swedish, String english) {
    }

    private record Row(long id, String title) {
    }

    private Bilingual bilingualOffering(HttpClient client) throws Exception {
        List<JsonObject> swedish = items(json(get(client, "api/v1/offerings?size=20&lang=sv")));
        List<JsonObject> english = items(json(get(client, "api/v1/offerings?size=20&lang=en")));
        assertThat(ids(english)).containsExactlyElementsOf(ids(swedish));
        Optional<Bilingual> found = Optional.empty();
        for (int i = 0; i < swedish.size() && found.isEmpty(); i++) {
            JsonObject sv = swedish.get(i);
            JsonObject en = english.get(i);
            if (sv.getString("language").equals("sv") && en.getString("language").equals("en")
                    && !sv.getString("title").equals(en.getString("title"))) {
                found = Optional.of(new Bilingual(sv.getJsonNumber("id").longValue(), sv.getString("title"),
                        en.getString("title")));
            }
        }
        assertThat(found).as("an offering in the first 20 with Swedish and English titles (demo data)").isPresent();
        return found.get();
    }

    private List<Long> centreIds(HttpClient client) throws Exception {
        return ids(json(get(client, "api/v1/centres?size=100")));
    }

    /** A client with its own cookie jar, like a browser: one session per client. */
    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String relative, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(relative))
                .timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertHtml(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", response.uri())
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html").containsIgnoringCase("UTF-8"));
    }

    private static void assertJson(HttpResponse<String> response, int status, String mediaType) {
        assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", response.uri())
                .hasValueSatisfying(type -> assertThat(type).startsWith(mediaType));
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertJson(response, status, "application/problem+json");
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).as("status member of %s", response.body()).isEqualTo(status);
        assertThat(problem.getString("title", "")).as("title member of %s", response.body()).isNotBlank();
        return problem;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static List<JsonObject> items(JsonObject envelope) {
        return envelope.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(JsonObject envelope) {
        return ids(items(envelope));
    }

    private static List<Long> ids(List<JsonObject> items) {
        return items.stream().map(o -> o.getJsonNumber("id")).map(JsonNumber::longValue).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String htmlLang(HttpResponse<String> page) {
        return group(page.body(), "<html[^>]*\\slang=\"([^\"]*)\"");
    }

    private static String h1(HttpResponse<String> page) {
        return text(group(page.body(), "(?s)<h1>(.*?)</h1>"));
    }

    private static String summary(HttpResponse<String> page) {
        return text(group(page.body(), "(?s)<p class=\"summary\" id=\"catalog-summary\">(.*?)</p>"));
    }

    /** The catalogue table's rows: the offering each title links to, and the title as shown. */
    private static List<Row> rows(HttpResponse<String> page) {
        String table = group(page.body(), "(?s)<table id=\"offerings\"(.*?)</table>");
        Matcher row = Pattern.compile("(?s)<th scope=\"row\">\\s*<a href=\"/offering/([0-9]+)\">(.*?)</a>").matcher(table);
        List<Row> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(new Row(Long.parseLong(row.group(1)), text(row.group(2))));
        }
        return rows;
    }

    private static String group(String text, String regex) {
        return group(text, regex, 1);
    }

    private static String group(String text, String regex, int group) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in:%n%s", regex, text).isTrue();
        return matcher.group(group);
    }

    private static List<String> allGroups(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(text(matcher.group(1)));
        }
        return found;
    }

    private static long firstNumberIn(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    /** An HTML fragment's text: tags dropped, the entities Faces writes decoded, spaces collapsed. */
    private static String text(String html) {
        String text = html.replaceAll("<[^>]*>", "");
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    /** {@code text} as Faces writes it into a page. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
