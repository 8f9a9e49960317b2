package se.larcentra.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.larcentra.web.i18n.Labels;

class FacetGroupsTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final FacetLabels LABELS = new FacetLabels(new Labels(SV), SV, Map::of, Map::of, Map::of);

    private static SearchParams chosen(String facet, String... values) {
        return new SearchParams("", Map.of(facet, List.of(values)), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), 1, List.of());
    }

    private static List<FacetGroups.Group> groups(SearchParams params, Map<String, Map<String, Long>> counts) {
        return FacetGroups.of(params, Optional.of(counts), LABELS, facet -> "legend " + facet, SV);
    }

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void listsFacetsInThePagesOrderAndLeavesOutEmptyOnes() {
        List<FacetGroups.Group> groups = groups(SearchParams.empty(), Map.of(
                "language", counts("sv", 3), "subject", counts("history", 2), "centre", Map.of()));

        assertThat(groups).extracting(FacetGroups.Group::name).containsExactly("subject", "language");
        assertThat(groups.get(0).legend()).isEqualTo("legend subject");
    }

    @Test
    void ordersValuesByCountThenName() {
        List<FacetGroups.Value> values = groups(SearchParams.empty(),
                Map.of("mode", counts("CAMPUS", 2, "DISTANCE", 13, "BLENDED", 13))).get(0).values();

        assertThat(values).extracting(v -> v.label().text()).containsExactly("Distans", "Distans med träffar", "På plats");
        assertThat(values).extracting(FacetGroups.Value::count).containsExactly(13L, 13L, 2L);
        assertThat(values).extracting(FacetGroups.Value::id).containsExactly("f-mode-0", "f-mode-1", "f-mode-2");
    }

    @Test
    void ordersMonthsByDateAndPacesBySpeed() {
        List<FacetGroups.Group> groups = groups(SearchParams.empty(), Map.of(
                "start_month", counts("2027-03", 9, "2026-12", 1, "2027-01", 5),
                "pace", counts("individual", 9, "100", 7, "25", 8, "50", 11)));

        assertThat(groups.get(0).values()).extracting(FacetGroups.Value::value).containsExactly("25", "50", "100", "individual");
        assertThat(groups.get(1).values()).extracting(v -> v.label().text())
                .containsExactly("December 2026", "Januari 2027", "Mars 2027");
    }

    @Test
    void aChosenValueStaysListedWhenNothingHasItAnyMore() {
        FacetGroups.Group group = groups(chosen("subject", "history"), Map.of("subject", counts("languages", 4))).get(0);

        assertThat(group.values()).extracting(FacetGroups.Value::value, FacetGroups.Value::count, FacetGroups.Value::selected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("languages", 4L, false),
                        org.assertj.core.groups.Tuple.tuple("history", 0L, true));
        assertThat(group.selectedCount()).isEqualTo(1);
        assertThat(group.open()).isTrue();
    }

    @Test
    void opensTheMainFacetsAndThoseWithAChoice() {
        List<FacetGroups.Group> groups = groups(chosen("municipality", "1780"), Map.of(
                "subject", counts("history", 1), "municipality", counts("1780", 1, "1737", 2), "provider", counts("6", 1)));

        assertThat(groups).extracting(FacetGroups.Group::name, FacetGroups.Group::open).containsExactly(
                org.assertj.core.groups.Tuple.tuple("subject", true),
                org.assertj.core.groups.Tuple.tuple("municipality", true),
                org.assertj.core.groups.Tuple.tuple("provider", false));
    }

    @Test
    void withoutAnAnswerListsTheChosenValuesUncounted() {
        List<FacetGroups.Group> groups = FacetGroups.of(chosen("level", "YH"), Optional.empty(), LABELS, f -> f, SV);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).values()).singleElement().satisfies(v -> {
            assertThat(v.selected()).isTrue();
            assertThat(v.counted()).isFalse();
        });
    }
}
