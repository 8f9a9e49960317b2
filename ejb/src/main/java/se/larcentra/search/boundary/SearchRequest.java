package se.larcentra.search.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.larcentra.centre.entity.GeoPoint;

/**
 * A search: optional free text, facet filters (several values of one facet mean any of them),
 * start dates, "open for application now", a place with an optional radius, order and page.
 *
 * @param text      free text, or empty for filters alone
 * @param filters   facet name (see {@link #FACETS}) → accepted values
 * @param near      the place distances are measured from
 * @param radiusKm  keep offerings studiable at a centre within this distance of {@code near}
 * @param order     empty: relevance with text, start date without
 * @param language  {@code sv} or {@code en}: titles and snippets in it
 */
public record SearchRequest(String text, Map<String, List<String>> filters, Optional<LocalDate> startFrom,
        Optional<LocalDate> startTo, boolean openOnly, Optional<GeoPoint> near, Optional<Double> radiusKm,
        Optional<SearchOrder> order, int page, int size, String language) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;
    public static final double MAX_RADIUS_KM = 2_000;
    public static final List<String> FACETS = se.larcentra.search.control.OfferingFields.FACETS;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (page < 0) {
            throw new InvalidSearchException("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) (page + 1) * size > MAX_DEPTH) {
            throw new InvalidSearchException("page", "results are available up to " + MAX_DEPTH + " deep; refine the search");
        }
        for (String facet : filters.keySet()) {
            if (!FACETS.contains(facet)) {
                throw new InvalidSearchException(facet, "unknown filter " + facet);
            }
        }
        if (radiusKm.isPresent() && (near.isEmpty() || !(radiusKm.get() > 0 && radiusKm.get() <= MAX_RADIUS_KM))) {
            throw new InvalidSearchException("radius_km", near.isEmpty() ? "radius_km needs near"
                    : "radius_km must be more than 0 and at most " + (int) MAX_RADIUS_KM);
        }
        if (order.filter(o -> o == SearchOrder.DISTANCE).isPresent() && near.isEmpty()) {
            throw new InvalidSearchException("sort", "sorting by distance needs near");
        }
        if (startFrom.isPresent() && startTo.isPresent() && startTo.get().isBefore(startFrom.get())) {
            throw new InvalidSearchException("start_to", "start_to is before start_from");
        }
        if (language == null || !language.matches("sv|en")) {
            throw new InvalidSearchException("lang", "language must be sv or en");
        }
    }

    /** The order used: the one asked for, else relevance for text, distance near a place, start date. */
    public SearchOrder effectiveOrder() {
        return order.orElse(!text.isEmpty() ? SearchOrder.RELEVANCE
                : near.isPresent() ? SearchOrder.DISTANCE : SearchOrder.START);
    }
}
