package se.larcentra.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.boundary.SearchUnavailableException;
import se.larcentra.web.i18n.Labels;
import se.larcentra.web.i18n.LocaleBean;

class SearchPageTest {

    private static final GeoPoint KARLSTAD = new GeoPoint(59.3793, 13.5036);

    private final List<SearchRequest> asked = new ArrayList<>();
    private final Map<String, Object> response = new HashMap<>();
    private SearchResult answer = new SearchResult(0, 0, 20, List.of(), Map.of(), Optional.empty());
    private boolean unavailable;

    private SearchPage page(String language, String... pairs) {
        SearchPage page = new SearchPage();
        page.search = new Search() {
            @Override
            public SearchResult search(SearchRequest request) {
                asked.add(request);
                if (unavailable) {
                    throw new SearchUnavailableException();
                }
                return answer;
            }
        };
        page.catalog = new Catalog() {
            @Override
            public List<Municipality> municipalities() {
                return List.of(new Municipality("1737", "Torsby", "Värmlands län", "Norra", "Torsby", new GeoPoint(60.13, 12.99)),
                        new Municipality("1780", "Karlstad", "Värmlands län", "Mitt", "Karlstad", KARLSTAD));
            }

            @Override
            public List<Provider> providers() {
                return List.of();
            }

            @Override
            public List<LearningCentre> centres() {
                return List.of();
            }
        };
        page.localeBean = new LocaleBean();
        page.localeBean.switchTo(language);
        page.labels = new Labels(Locale.forLanguageTag(language));
        Map<String, String[]> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            String value = pairs[i + 1];
            String[] before = values.getOrDefault(name, new String[0]);
            String[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = value;
            values.put(name, after);
            switch (name) {
                case "q" -> page.setQ(value);
                case "start_from" -> page.setStartFrom(value);
                case "start_to" -> page.setStartTo(value);
                case "open" -> page.setOpen(value);
                case "near" -> page.setNear(value);
                case "radius_km" -> page.setRadiusKm(value);
                case "sort" -> page.setSort(value);
                case "page" -> page.setPage(value);
                default -> { }
            }
        }
        page.answer("/ctx", values, new SearchPage.Response() {
            @Override
            public void status(int status) {
                response.put("status", status);
            }

            @Override
            public void header(String name, String value) {
                response.put(name, value);
            }
        });
        return page;
    }

    private static SearchResult.Hit hit(long id, String title, String titleLanguage, Optional<Double> distance) {
        return new SearchResult.Hit(id, title, titleLanguage, 6, "Högskolan Väst", LocalDate.of(2026, 10, 26),
                LocalDate.of(2027, 1, 1), "50", "BLENDED", "en", distance, "i <mark>historia</mark> &amp; samhälle",
                Optional.of(30), Optional.of(4), 0);
    }

    @Test
    void asksTheBoundaryOnceWithTheWholeSearch() {
        page("sv", "q", "historia", "subject", "history", "subject", "languages", "near", "1780", "radius_km", "25",
                "page", "2");

        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.text()).isEqualTo("historia");
            assertThat(request.filters()).containsEntry("subject", List.of("history", "languages"));
            assertThat(request.near()).contains(KARLSTAD);
            assertThat(request.radiusKm()).contains(25.0);
            assertThat(request.page()).isEqualTo(1);
            assertThat(request.size()).isEqualTo(SearchPage.PAGE_SIZE);
            assertThat(request.language()).isEqualTo("sv");
        });
        assertThat(response).isEmpty();
    }

    @Test
    void showsHitsWithLabelsDistanceAndTheirLanguage() {
        answer = new SearchResult(41, 0, 20, List.of(hit(319, "History I", "en", Optional.of(12.5))), Map.of(),
                Optional.empty());

        SearchPage page = page("sv", "q", "historia", "near", "1780");

        assertThat(page.getSummary()).isEqualTo("41 kurstillfällen matchar ”historia”.");
        assertThat(page.getRange()).isEqualTo("Visar 1–1.");
        assertThat(page.getHits()).singleElement().satisfies(hit -> {
            assertThat(hit.href()).isEqualTo("/offering/319");
            assertThat(hit.title().isForeignTo("sv")).isTrue();
            assertThat(hit.pace()).isEqualTo("50 %");
            assertThat(hit.mode()).isEqualTo("Distans med träffar");
            assertThat(hit.distance()).isEqualTo("12,5 km bort");
            assertThat(hit.language()).isEqualTo("Engelska");
            assertThat(hit.snippet()).isEqualTo("i <mark>historia</mark> &amp; samhälle");
        });
        assertThat(page.getPageCount()).isEqualTo(3);
        assertThat(page.getNextHref()).isEqualTo("/ctx/search.xhtml?q=historia&near=1780&page=2");
        assertThat(page.getPreviousHref()).isNull();
    }

    @Test
    void saysInEnglishHowManyWereFound() {
        answer = new SearchResult(1, 0, 20, List.of(hit(1, "History I", "en", Optional.empty())), Map.of(), Optional.empty());

        SearchPage page = page("en", "level", "UNIVERSITY");

        assertThat(page.getSummary()).isEqualTo("One course offering found.");
        assertThat(page.getHeading()).isEqualTo("Search courses");
        assertThat(page.getRange()).isNull();
    }

    @Test
    void everyChosenFilterIsALinkThatRemovesOnlyIt() {
        SearchPage page = page("sv", "q", "data", "mode", "DISTANCE", "start_month", "2027-01", "open", "true",
                "near", "1780", "radius_km", "50");

        assertThat(page.getChips()).extracting(c -> c.group() + ": " + c.label().text() + " → " + c.href()).containsExactly(
                "Studieform: Distans → /ctx/search.xhtml?q=data&start_month=2027-01&open=true&near=1780&radius_km=50",
                "Startmånad: Januari 2027 → /ctx/search.xhtml?q=data&mode=DISTANCE&open=true&near=1780&radius_km=50",
                "Anmälan: Öppen nu → /ctx/search.xhtml?q=data&mode=DISTANCE&start_month=2027-01&near=1780&radius_km=50",
                "Nära: Karlstad → /ctx/search.xhtml?q=data&mode=DISTANCE&start_month=2027-01&open=true",
                "Avstånd: Inom 50 km → /ctx/search.xhtml?q=data&mode=DISTANCE&start_month=2027-01&open=true&near=1780");
        assertThat(page.getClearFiltersHref()).isEqualTo("/ctx/search.xhtml?q=data");
    }

    @Test
    void offersABetterSpellingAndWaysOnWhenNothingIsFound() {
        answer = new SearchResult(0, 0, 20, List.of(), Map.of(), Optional.of("historia"));

        SearchPage page = page("sv", "q", "histroia", "level", "YH");

        assertThat(page.isNothingFound()).isTrue();
        assertThat(page.getSummary()).isEqualTo("Inga kurstillfällen matchar ”histroia”.");
        assertThat(page.getDidYouMean()).isEqualTo("historia");
        assertThat(page.getDidYouMeanHref()).isEqualTo("/ctx/search.xhtml?q=historia&level=YH");
        assertThat(page.getPopularSubjects()).extracting(SearchPage.Link::href)
                .contains("/ctx/search.xhtml?subject=history");
        assertThat(page.getFacetGroups()).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("level"));
    }

    @Test
    void valuesThatCannotBeReadAreNamedNotFatal() {
        SearchPage page = page("sv", "page", "abc", "sort", "best", "near", "9999");

        assertThat(response).isEmpty();
        assertThat(page.isAnswered()).isTrue();
        assertThat(page.getIgnored()).containsExactly("Kommunen kunde inte hittas, så sökningen gäller hela Värmland.",
                "Sorteringen kunde inte läsas, så standardordningen används.",
                "Sidnumret kunde inte läsas, så första sidan visas.");
    }

    @Test
    void aSearchTheBoundaryRejectsIsA400ThatSaysWhy() {
        SearchPage page = page("en", "start_from", "2027-03-01", "start_to", "2027-01-01", "mode", "CAMPUS");

        assertThat(response).containsEntry("status", 400);
        assertThat(asked).isEmpty();
        assertThat(page.isInvalid()).isTrue();
        assertThat(page.getInvalidMessage())
                .isEqualTo("The “Starts on or before” date is earlier than the “Starts on or after” date.");
        assertThat(page.getInvalidField()).isEqualTo("start_to");
        assertThat(page.getStartFromValue()).isEqualTo("2027-03-01");
        assertThat(page.getFacetGroups()).singleElement()
                .satisfies(g -> assertThat(g.values()).singleElement().satisfies(v -> assertThat(v.selected()).isTrue()));
    }

    @Test
    void whileTheIndexIsBuiltThePageIsA503ThatSaysToComeBack() {
        unavailable = true;

        SearchPage page = page("sv", "q", "historia");

        assertThat(response).containsEntry("status", 503).containsEntry("Retry-After", "5");
        assertThat(page.isUnavailable()).isTrue();
        assertThat(page.getSummary()).isEqualTo("Sökningen startar snart");
        assertThat(page.getHits()).isEmpty();
        assertThat(page.getText()).isEqualTo("historia");
    }

    @Test
    void theFormShowsTheSearchAsItIs() {
        SearchPage page = page("sv", "q", "data", "near", "1780", "radius_km", "30", "sort", "start");

        assertThat(page.getNearOptions()).extracting(SearchPage.Option::value, SearchPage.Option::selected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", false), org.assertj.core.groups.Tuple.tuple("1737", false),
                org.assertj.core.groups.Tuple.tuple("1780", true));
        assertThat(page.getRadiusOptions()).filteredOn(SearchPage.Option::selected)
                .singleElement().satisfies(o -> {
                    assertThat(o.value()).isEqualTo("30");
                    assertThat(o.label()).isEqualTo("Inom 30 km");
                });
        assertThat(page.getSortOptions()).extracting(SearchPage.Option::value).containsExactly("relevance", "start", "distance");
        assertThat(page.getSortOptions()).filteredOn(SearchPage.Option::selected).extracting(SearchPage.Option::value)
                .containsExactly("start");
    }

    @Test
    void theOrderByDistanceIsOfferedOnlyNearAPlace() {
        assertThat(page("sv", "q", "data").getSortOptions()).extracting(SearchPage.Option::value)
                .containsExactly("relevance", "start");
    }
}
