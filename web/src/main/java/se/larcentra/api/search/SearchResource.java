package se.larcentra.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.larcentra.api.CallableBy;
import se.larcentra.api.ApiLanguage;
import se.larcentra.api.ApiResponses;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.PageParams;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.search.boundary.InvalidSearchException;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchOrder;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.boundary.SearchUnavailableException;

/**
 * {@code GET /api/v1/search}: the catalogue's offerings by free text, facets and filters, near a
 * place; {@code GET /api/v1/search/suggest?q=}: completions for a search box. A repeated filter
 * parameter means any of its values. While the index is first being built: 503 with Retry-After.
 */
@CallableBy(CallableBy.ANYONE)
@Path("v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {

    /** Longer texts are cut here: no one types more, and it bounds the work of a query. */
    static final int MAX_TEXT = 4_000;
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    Search search;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** The response: the API's list envelope with facet counts and a spelling suggestion. */
    @JsonbPropertyOrder({"total", "page", "size", "items", "facets", "didYouMean"})
    public record SearchResponse(long total, int page, int size, List<Item> items, Map<String, Map<String, Long>> facets,
            String didYouMean) {
    }

    @JsonbPropertyOrder({"id", "title", "provider", "startDate", "endDate", "pace", "mode", "language", "places",
        "seatsLeft", "waitlistLength", "distanceKm", "snippet"})
    public record Item(long id, String title, Provider provider, LocalDate startDate, LocalDate endDate, String pace,
            String mode, String language, Integer places, Integer seatsLeft, int waitlistLength, Double distanceKm,
            String snippet) {
    }

    public record Provider(long id, String name) {
    }

    public record Suggestions(List<String> items) {
    }

    @GET
    public Response search() {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        String language = ApiLanguage.of(uri, headers);
        PageParams paging = PageParams.of(query.getFirst("page"), query.getFirst("size"));
        Optional<GeoPoint> near = near(query.getFirst("near"));
        SearchRequest request;
        try {
            request = new SearchRequest(text(query.getFirst("q")), filters(query), date(query, "start_from"),
                    date(query, "start_to"), flag(query, "open"), near, radius(query.getFirst("radius_km")),
                    order(query.getFirst("sort")), paging.page(), paging.size(), language);
        } catch (InvalidSearchException e) {
            throw new InvalidParameterException(e.parameter(), e.getMessage());
        }
        SearchResult result = answer(() -> search.search(request));
        return ApiResponses.ok(new SearchResponse(result.total(), result.page(), result.size(),
                result.items().stream().map(SearchResource::item).toList(), result.facets(),
                result.didYouMean().orElse(null)), language);
    }

    @GET
    @Path("suggest")
    public Response suggest() {
        String language = ApiLanguage.of(uri, headers);
        String typed = text(uri.getQueryParameters().getFirst("q"));
        return ApiResponses.ok(new Suggestions(answer(() -> search.suggest(typed, language))), language);
    }

    private static <T> T answer(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SearchUnavailableException e) {
            throw new ServiceUnavailableException(e.getMessage(), (long) RETRY_AFTER_SECONDS);
        }
    }

    private static Item item(SearchResult.Hit hit) {
        return new Item(hit.id(), hit.title(), new Provider(hit.providerId(), hit.providerName()), hit.startDate(),
                hit.endDate(), hit.pace(), hit.mode(), hit.instructionLanguage(), hit.places().orElse(null),
                hit.seatsLeft().orElse(null), hit.waitlistLength(), hit.distanceKm().orElse(null), hit.snippet());
    }

    private static String text(String q) {
        if (q == null) {
            return "";
        }
        return q.length() > MAX_TEXT ? q.substring(0, MAX_TEXT) : q;
    }

    private static Map<String, List<String>> filters(MultivaluedMap<String, String> query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            List<String> values = query.get(facet);
            if (values != null) {
                List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
                if (!present.isEmpty()) {
                    filters.put(facet, present);
                }
            }
        }
        return filters;
    }

    private static Optional<LocalDate> date(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be a date like 2027-01-31");
        }
    }

    private static boolean flag(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidParameterException(name, name + " must be true or false");
        };
    }

    /** A municipality code (its main town) or {@code lat,lon}. */
    private Optional<GeoPoint> near(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String near = value.strip();
        if (near.matches("\\d{4}")) {
            return Optional.of(search.placeOfMunicipality(near)
                    .orElseThrow(() -> new InvalidParameterException("near", "no municipality with code " + near)));
        }
        String[] parts = near.split(",");
        try {
            if (parts.length == 2) {
                return Optional.of(new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidParameterException("near", "near must be a municipality code such as 1737 or lat,lon");
    }

    private static Optional<Double> radius(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double radius = Double.parseDouble(value.strip());
            if (Double.isNaN(radius) || Double.isInfinite(radius)) {
                throw new NumberFormatException();
            }
            return Optional.of(radius);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("radius_km", "radius_km must be a number of kilometres");
        }
    }

    private static Optional<SearchOrder> order(String sort) {
        if (sort == null || sort.isBlank()) {
            return Optional.empty();
        }
        return switch (sort.strip()) {
            case "relevance" -> Optional.of(SearchOrder.RELEVANCE);
            case "start" -> Optional.of(SearchOrder.START);
            case "distance" -> Optional.of(SearchOrder.DISTANCE);
            default -> throw new InvalidParameterException("sort", "sort must be relevance, start or distance");
        };
    }
}
