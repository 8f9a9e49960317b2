package se.larcentra.web.search;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.search.boundary.SearchOrder;
import se.larcentra.search.boundary.SearchRequest;

/**
 * The whole state of a search as its address carries it, with the names of the API
 * ({@code q, subject, …, start_from, start_to, open, near, radius_km, sort, page}); several values of
 * a facet mean any of them. Reading an address never fails: a value that cannot be read (a page
 * {@code abc}, a date {@code 2027-13-01}, an unknown municipality) is left out and named in
 * {@link #ignored()} so the page can say so. Unlike the API, {@code page} counts from 1, as in the
 * catalogue; {@code near} is a municipality code (the page offers no other places).
 *
 * @param filters facet (in {@link SearchRequest#FACETS} order) → chosen values, never empty lists
 * @param near    a municipality code
 * @param ignored message keys ({@code search.ignored.*}) of the parameters left out
 */
public record SearchParams(String text, Map<String, List<String>> filters, Optional<LocalDate> startFrom,
        Optional<LocalDate> startTo, boolean open, Optional<String> near, Optional<Double> radiusKm,
        Optional<SearchOrder> sort, int page, List<String> ignored) {

    /** Longer texts are cut here, as in the API. */
    static final int MAX_TEXT = 4_000;
    /** More values of one facet than there are providers or centres is not a person choosing. */
    static final int MAX_VALUES_PER_FACET = 100;

    public static final String Q = "q";
    public static final String START_FROM = "start_from";
    public static final String START_TO = "start_to";
    public static final String OPEN = "open";
    public static final String NEAR = "near";
    public static final String RADIUS = "radius_km";
    public static final String SORT = "sort";
    public static final String PAGE = "page";

    public SearchParams {
        text = text == null ? "" : text;
        filters = copy(filters);
        ignored = List.copyOf(ignored);
    }

    /** A search for everything: the first page, default order. */
    public static SearchParams empty() {
        return new SearchParams("", Map.of(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), 1, List.of());
    }

    /**
     * Reads the parameters of a request.
     *
     * @param parameters        name → values, as the servlet API gives them
     * @param knownMunicipality whether a code names one of the municipalities "near" can mean
     */
    public static SearchParams parse(Map<String, List<String>> parameters, Predicate<String> knownMunicipality) {
        List<String> ignored = new ArrayList<>();
        String text = first(parameters, Q).map(q -> q.length() > MAX_TEXT ? q.substring(0, MAX_TEXT) : q).orElse("");

        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            LinkedHashSet<String> values = new LinkedHashSet<>();
            for (String value : parameters.getOrDefault(facet, List.of())) {
                if (value != null && !value.isBlank() && values.size() < MAX_VALUES_PER_FACET) {
                    values.add(value.strip());
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, List.copyOf(values));
            }
        }

        Optional<LocalDate> startFrom = date(parameters, START_FROM, ignored);
        Optional<LocalDate> startTo = date(parameters, START_TO, ignored);
        boolean open = flag(parameters, OPEN, ignored);

        Optional<String> near = first(parameters, NEAR).map(String::strip);
        if (near.isPresent() && !(near.get().matches("[0-9]{4}") && knownMunicipality.test(near.get()))) {
            ignored.add("search.ignored.near");
            near = Optional.empty();
        }

        Optional<Double> radius = first(parameters, RADIUS).flatMap(value -> {
            try {
                double km = Double.parseDouble(value.strip());
                if (km > 0 && km <= SearchRequest.MAX_RADIUS_KM) {
                    return Optional.of(km);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            ignored.add("search.ignored.radius_km");
            return Optional.empty();
        });
        if (radius.isPresent() && near.isEmpty()) {
            ignored.add("search.ignored.radius_km.near");
            radius = Optional.empty();
        }

        Optional<SearchOrder> sort = first(parameters, SORT).flatMap(value -> {
            try {
                return Optional.of(SearchOrder.valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                ignored.add("search.ignored.sort");
                return Optional.empty();
            }
        });
        if (sort.filter(s -> s == SearchOrder.DISTANCE).isPresent() && near.isEmpty()) {
            ignored.add("search.ignored.sort.near");
            sort = Optional.empty();
        }

        int page = first(parameters, PAGE).map(String::strip).flatMap(value -> {
            if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) >= 1) {
                return Optional.of(Integer.parseInt(value));
            }
            ignored.add("search.ignored.page");
            return Optional.empty();
        }).orElse(1);

        return new SearchParams(text, filters, startFrom, startTo, open, near, radius, sort, page, ignored);
    }

    /** The boundary's request for this state; may throw the boundary's {@code InvalidSearchException}. */
    public SearchRequest toRequest(Optional<GeoPoint> place, int pageSize, String language) {
        return new SearchRequest(text, filters, startFrom, startTo, open, place, radiusKm, sort, page - 1, pageSize,
                language);
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    /** Whether anything but the text narrows the search. */
    public boolean hasFilters() {
        return !filters.isEmpty() || startFrom.isPresent() || startTo.isPresent() || open || near.isPresent();
    }

    public boolean isSelected(String facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    // --- other states, for links; every change but paging goes back to the first page

    public SearchParams withPage(int number) {
        return new SearchParams(text, filters, startFrom, startTo, open, near, radiusKm, sort, number, List.of());
    }

    public SearchParams withText(String newText) {
        return new SearchParams(newText, filters, startFrom, startTo, open, near, radiusKm, sort, 1, List.of());
    }

    public SearchParams withoutFilter(String facet, String value) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(fewer.getOrDefault(facet, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            fewer.remove(facet);
        } else {
            fewer.put(facet, values);
        }
        return new SearchParams(text, fewer, startFrom, startTo, open, near, radiusKm, sort, 1, List.of());
    }

    public SearchParams withoutStartFrom() {
        return new SearchParams(text, filters, Optional.empty(), startTo, open, near, radiusKm, sort, 1, List.of());
    }

    public SearchParams withoutStartTo() {
        return new SearchParams(text, filters, startFrom, Optional.empty(), open, near, radiusKm, sort, 1, List.of());
    }

    public SearchParams withoutOpen() {
        return new SearchParams(text, filters, startFrom, startTo, false, near, radiusKm, sort, 1, List.of());
    }

    /** Without a place, a radius or an order by distance mean nothing, so they go too. */
    public SearchParams withoutNear() {
        return new SearchParams(text, filters, startFrom, startTo, open, Optional.empty(), Optional.empty(),
                sort.filter(s -> s != SearchOrder.DISTANCE), 1, List.of());
    }

    public SearchParams withoutRadius() {
        return new SearchParams(text, filters, startFrom, startTo, open, near, Optional.empty(), sort, 1, List.of());
    }

    /** The same text (and order) without any filter. */
    public SearchParams withoutFilters() {
        return new SearchParams(text, Map.of(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), sort.filter(s -> s != SearchOrder.DISTANCE), 1, List.of());
    }

    /** The query string of this state, without defaults and empty values; "" for the empty search. */
    public String queryString() {
        List<String> pairs = new ArrayList<>();
        if (hasText()) {
            pairs.add(pair(Q, text.strip()));
        }
        filters.forEach((facet, values) -> values.forEach(value -> pairs.add(pair(facet, value))));
        startFrom.ifPresent(d -> pairs.add(pair(START_FROM, d.toString())));
        startTo.ifPresent(d -> pairs.add(pair(START_TO, d.toString())));
        if (open) {
            pairs.add(pair(OPEN, "true"));
        }
        near.ifPresent(code -> pairs.add(pair(NEAR, code)));
        radiusKm.ifPresent(km -> pairs.add(pair(RADIUS, radiusParam(km))));
        sort.ifPresent(s -> pairs.add(pair(SORT, sortParam(s))));
        if (page > 1) {
            pairs.add(pair(PAGE, Integer.toString(page)));
        }
        return String.join("&", pairs);
    }

    /** The address of this state under {@code contextPath}. */
    public String href(String contextPath) {
        String query = queryString();
        return contextPath + "/search.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    /** {@code 25} rather than {@code 25.0}. */
    public static String radiusParam(double km) {
        return BigDecimal.valueOf(km).stripTrailingZeros().toPlainString();
    }

    public static String sortParam(SearchOrder order) {
        return order.name().toLowerCase(Locale.ROOT);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }

    private static Optional<LocalDate> date(Map<String, List<String>> parameters, String name, List<String> ignored) {
        return first(parameters, name).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                ignored.add("search.ignored." + name);
                return Optional.empty();
            }
        });
    }

    private static boolean flag(Map<String, List<String>> parameters, String name, List<String> ignored) {
        return first(parameters, name).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> {
                ignored.add("search.ignored." + name);
                yield false;
            }
        }).orElse(false);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> filters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            for (String facet : SearchRequest.FACETS) {
                List<String> values = filters.get(facet);
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, List.copyOf(values));
                }
            }
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
