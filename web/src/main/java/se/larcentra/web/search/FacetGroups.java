package se.larcentra.web.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.larcentra.web.Localized;

/**
 * The facets of a search as the page lists them: one group per facet, each value with its label,
 * its count and whether it is chosen. A chosen value is listed even when nothing has it any more, so
 * it can be unticked; a facet with nothing to choose is left out.
 */
public final class FacetGroups {

    /** The order of the groups on the page: what people narrow by first, first. */
    static final List<String> ORDER = List.of("subject", "level", "mode", "pace", "start_month", "municipality",
            "centre", "provider_type", "provider", "language");

    /** Groups shown open even when nothing in them is chosen; the others open when clicked. */
    static final List<String> OPEN = List.of("subject", "level", "mode");

    /**
     * One value of a facet.
     *
     * @param count how many results have it, counted as if its own facet were not chosen; null when
     *              the search was not answered (the values are the chosen ones)
     * @param id    an HTML id for its checkbox
     */
    public record Value(String facet, String value, Localized label, Long count, boolean selected, String id) {
        public boolean counted() {
            return count != null;
        }
    }

    /** A facet: the parameter name, its legend and its values. */
    public record Group(String name, String legend, List<Value> values, long selectedCount, boolean open) {
    }

    private FacetGroups() {
    }

    /**
     * @param counts  facet → value → count from the search; empty when it was not answered
     * @param legends facet name → legend
     */
    public static List<Group> of(SearchParams params, Optional<Map<String, Map<String, Long>>> counts,
            FacetLabels labels, java.util.function.Function<String, String> legends, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Group> groups = new ArrayList<>();
        for (String facet : ORDER) {
            Map<String, Long> found = new LinkedHashMap<>(counts.map(c -> c.getOrDefault(facet, Map.of())).orElse(Map.of()));
            for (String chosen : params.filters().getOrDefault(facet, List.of())) {
                found.putIfAbsent(chosen, 0L);
            }
            if (found.isEmpty()) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            found.forEach((value, count) -> values.add(new Value(facet, value, labels.label(facet, value),
                    counts.isPresent() ? count : null, params.isSelected(facet, value), null)));
            values.sort(order(facet, collator));
            List<Value> withIds = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                withIds.add(new Value(v.facet(), v.value(), v.label(), v.count(), v.selected(), "f-" + facet + "-" + i));
            }
            long selected = withIds.stream().filter(Value::selected).count();
            groups.add(new Group(facet, legends.apply(facet), List.copyOf(withIds), selected,
                    selected > 0 || OPEN.contains(facet)));
        }
        return groups;
    }

    /** Months and paces in their natural order, everything else by count, then name. */
    static Comparator<Value> order(String facet, Collator collator) {
        Comparator<Value> byLabel = Comparator.comparing(v -> v.label().text(), collator);
        return switch (facet) {
            case "start_month" -> Comparator.comparing(Value::value);
            case "pace" -> Comparator.comparingInt((Value v) -> paceRank(v.value())).thenComparing(Value::value);
            default -> Comparator.comparing((Value v) -> v.count() == null ? 0L : v.count()).reversed()
                    .thenComparing(byLabel);
        };
    }

    private static int paceRank(String value) {
        return value.matches("[0-9]{1,3}") ? Integer.parseInt(value) : Integer.MAX_VALUE;
    }
}
