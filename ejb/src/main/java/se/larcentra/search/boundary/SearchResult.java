package se.larcentra.search.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of search results with the exact total, facet counts (facet → value → count, counted as if
 * that facet's own filter were off, so several values can be chosen) and a spelling suggestion.
 */
public record SearchResult(long total, int page, int size, List<Hit> items, Map<String, Map<String, Long>> facets,
        Optional<String> didYouMean) {

    /**
     * One offering found.
     *
     * @param titleLanguage the language of {@code title} (differs from the one asked when falling back)
     * @param pace          a percentage such as {@code 50}, or {@code individual}
     * @param distanceKm    to the nearest hosting centre, when the search was near a place
     * @param snippet       HTML-escaped text with matches wrapped in {@code <mark>}
     */
    public record Hit(long id, String title, String titleLanguage, long providerId, String providerName,
            LocalDate startDate, LocalDate endDate, String pace, String mode, String instructionLanguage,
            Optional<Double> distanceKm, String snippet, Optional<Integer> places, Optional<Integer> seatsLeft,
            int waitlistLength) {
    }
}
