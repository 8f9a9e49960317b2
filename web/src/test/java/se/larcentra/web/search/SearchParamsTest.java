package se.larcentra.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larcentra.search.boundary.InvalidSearchException;
import se.larcentra.search.boundary.SearchOrder;

class SearchParamsTest {

    private static final java.util.function.Predicate<String> KARLSTAD_ONLY = "1780"::equals;

    private static SearchParams parse(String... pairs) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return SearchParams.parse(parameters, KARLSTAD_ONLY);
    }

    @Test
    void readsEveryParameterOfTheApi() {
        SearchParams params = parse("q", "historia", "subject", "history", "subject", "languages", "mode", "DISTANCE",
                "start_from", "2027-01-01", "start_to", "2027-06-30", "open", "true", "near", "1780",
                "radius_km", "25", "sort", "distance", "page", "3");

        assertThat(params.text()).isEqualTo("historia");
        assertThat(params.filters()).containsExactly(Map.entry("subject", List.of("history", "languages")),
                Map.entry("mode", List.of("DISTANCE")));
        assertThat(params.startFrom()).contains(LocalDate.of(2027, 1, 1));
        assertThat(params.startTo()).contains(LocalDate.of(2027, 6, 30));
        assertThat(params.open()).isTrue();
        assertThat(params.near()).contains("1780");
        assertThat(params.radiusKm()).contains(25.0);
        assertThat(params.sort()).contains(SearchOrder.DISTANCE);
        assertThat(params.page()).isEqualTo(3);
        assertThat(params.ignored()).isEmpty();
    }

    @Test
    void leavesOutBlankAndRepeatedFacetValues() {
        SearchParams params = parse("level", "", "level", " UNIVERSITY ", "level", "UNIVERSITY", "pace", " ");

        assertThat(params.filters()).containsExactly(Map.entry("level", List.of("UNIVERSITY")));
    }

    @Test
    void anEmptyFormIsTheSearchForEverything() {
        SearchParams params = parse("q", "", "near", "", "radius_km", "", "start_from", "", "start_to", "", "sort", "");

        assertThat(params).isEqualTo(SearchParams.empty());
        assertThat(params.queryString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "2.5", "99999999999"})
    void aPageThatCannotBeReadShowsTheFirstAndSaysSo(String page) {
        SearchParams params = parse("page", page);

        assertThat(params.page()).isEqualTo(1);
        assertThat(params.ignored()).containsExactly("search.ignored.page");
    }

    @Test
    void valuesThatCannotBeReadAreLeftOutAndNamed() {
        SearchParams params = parse("sort", "best", "start_from", "2027-13-01", "start_to", "tomorrow", "open", "maybe",
                "near", "0000", "radius_km", "far");

        assertThat(params.sort()).isEmpty();
        assertThat(params.startFrom()).isEmpty();
        assertThat(params.startTo()).isEmpty();
        assertThat(params.open()).isFalse();
        assertThat(params.near()).isEmpty();
        assertThat(params.radiusKm()).isEmpty();
        assertThat(params.ignored()).containsExactlyInAnyOrder("search.ignored.sort", "search.ignored.start_from",
                "search.ignored.start_to", "search.ignored.open", "search.ignored.near", "search.ignored.radius_km");
    }

    @Test
    void aRadiusOrAnOrderByDistanceWithoutAPlaceIsLeftOut() {
        SearchParams params = parse("radius_km", "25", "sort", "distance");

        assertThat(params.radiusKm()).isEmpty();
        assertThat(params.sort()).isEmpty();
        assertThat(params.ignored()).containsExactly("search.ignored.radius_km.near", "search.ignored.sort.near");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "2001", "NaN", "Infinity"})
    void aRadiusOutOfRangeIsLeftOut(String radius) {
        assertThat(parse("near", "1780", "radius_km", radius).radiusKm()).isEmpty();
    }

    @Test
    void cutsAVeryLongText() {
        assertThat(parse("q", "a".repeat(5_000)).text()).hasSize(SearchParams.MAX_TEXT);
    }

    @Test
    void writesItsStateAsAnAddressWithoutDefaults() {
        SearchParams params = parse("q", "språk & kultur", "subject", "languages", "near", "1780", "radius_km", "25.0",
                "open", "1", "page", "1");

        assertThat(params.href("/ctx"))
                .isEqualTo("/ctx/search.xhtml?q=spr%C3%A5k+%26+kultur&subject=languages&open=true&near=1780&radius_km=25");
    }

    @Test
    void anAddressReadsBackAsTheSameState() {
        SearchParams params = parse("q", "historia", "subject", "history", "municipality", "1780", "municipality", "1737",
                "start_month", "2027-01", "start_from", "2027-01-01", "near", "1780", "sort", "start", "page", "2");

        Map<String, List<String>> again = new HashMap<>();
        for (String pair : params.queryString().split("&")) {
            String[] nameValue = pair.split("=", 2);
            again.computeIfAbsent(nameValue[0], k -> new java.util.ArrayList<>())
                    .add(java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(SearchParams.parse(again, KARLSTAD_ONLY)).isEqualTo(params);
    }

    @Test
    void removingOneFilterKeepsEverythingElseAndGoesBackToTheFirstPage() {
        SearchParams params = parse("q", "historia", "mode", "DISTANCE", "mode", "BLENDED", "open", "true", "page", "4");

        assertThat(params.withoutFilter("mode", "DISTANCE").queryString())
                .isEqualTo("q=historia&mode=BLENDED&open=true");
        assertThat(params.withoutFilter("mode", "DISTANCE").withoutFilter("mode", "BLENDED").queryString())
                .isEqualTo("q=historia&open=true");
    }

    @Test
    void withoutAPlaceTheRadiusAndTheOrderByDistanceGoToo() {
        SearchParams params = parse("near", "1780", "radius_km", "50", "sort", "distance", "level", "YH");

        assertThat(params.withoutNear().queryString()).isEqualTo("level=YH");
    }

    @Test
    void clearingTheFiltersKeepsTheText() {
        SearchParams params = parse("q", "svenska", "level", "YH", "start_to", "2027-01-01", "open", "true",
                "near", "1780", "sort", "relevance", "page", "2");

        assertThat(params.withoutFilters().queryString()).isEqualTo("q=svenska&sort=relevance");
        assertThat(params.hasFilters()).isTrue();
        assertThat(params.withoutFilters().hasFilters()).isFalse();
    }

    @Test
    void pagesKeepEveryParameter() {
        SearchParams params = parse("q", "data", "pace", "50", "page", "2");

        assertThat(params.withPage(3).queryString()).isEqualTo("q=data&pace=50&page=3");
        assertThat(params.withPage(1).queryString()).isEqualTo("q=data&pace=50");
    }

    @Test
    void becomesTheBoundarysRequestWithPagesFromZero() {
        var request = parse("q", "data", "page", "2").toRequest(Optional.empty(), 20, "en");

        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(20);
        assertThat(request.language()).isEqualTo("en");
    }

    @Test
    void anEndBeforeTheStartIsTheBoundarysToReject() {
        SearchParams params = parse("start_from", "2027-03-01", "start_to", "2027-01-01");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> params.toRequest(Optional.empty(), 20, "sv"))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("start_to"));
    }
}
