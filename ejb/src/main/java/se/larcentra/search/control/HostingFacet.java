package se.larcentra.search.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import se.larcentra.centre.entity.LearningCentre;

/**
 * The centres (and so the municipalities) an offering can be studied at, as one facet value per
 * document: {@code "3:1737,5:1737,9:1780"}, centre id and municipality code by centre id.
 *
 * <p>Why: a distance course can be studied at every centre, and counting the centre and municipality
 * facets value by value cost some forty ordinals per such document, a fifth of a search. Counted as
 * one value per document, the few distinct sets (every centre; a municipality's centres; one centre)
 * are expanded into the centre and municipality counts afterwards. The counts are exact: a document
 * counts once for each centre and municipality in its set.
 */
final class HostingFacet {

    private HostingFacet() {
    }

    /** The facet value of a set of centres; empty when there are none. */
    static String value(Collection<LearningCentre> centres) {
        return centres.stream()
                .sorted(Comparator.comparing(LearningCentre::getId))
                .map(c -> c.getId() + ":" + c.getMunicipality().getCode())
                .collect(Collectors.joining(","));
    }

    /**
     * The centre ({@code municipalities} false) or municipality counts from the counts of the hosting
     * sets: by count, ties by value (as Lucene orders other facets), at most {@code limit}.
     */
    static Map<String, Long> counts(FacetResult hostingSets, boolean municipalities, int limit) {
        Map<String, Long> counts = new HashMap<>();
        if (hostingSets != null) {
            for (LabelAndValue set : hostingSets.labelValues) {
                Set<String> keys = new HashSet<>();
                for (String pair : set.label.split(",")) {
                    int colon = pair.indexOf(':');
                    keys.add(municipalities ? pair.substring(colon + 1) : pair.substring(0, colon));
                }
                keys.forEach(key -> counts.merge(key, set.value.longValue(), Long::sum));
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
