package se.larcentra.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.search.boundary.InvalidSearchException;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchOrder;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.boundary.SearchUnavailableException;
import se.larcentra.web.Localized;
import se.larcentra.web.PrettyUrls;
import se.larcentra.web.catalog.Pager;
import se.larcentra.web.format.DateFormats;
import se.larcentra.web.i18n.Labels;
import se.larcentra.web.i18n.LocaleBean;

/**
 * Search results at {@code /search.xhtml?q=…}: free text, facets with counts (several values of one
 * facet can be chosen), dates, "open for application", near a municipality, order and page. The whole
 * state is in the address, so a search is a link, and the form that changes it is a plain GET form
 * that needs no JavaScript. The search boundary is asked once per request.
 *
 * <p>An address is never an error page: values that cannot be read are left out and the page says so;
 * a search the boundary rejects (an end date before the start date) is a 400 with the reason beside
 * the form, and while the index is first being built the page is a 503 that says to try again soon.
 */
@Named
@RequestScoped
public class SearchPage {

    public static final int PAGE_SIZE = 20;
    static final int PAGER_WINDOW = 2;
    static final int RETRY_AFTER_SECONDS = 5;
    static final List<Integer> RADII_KM = List.of(10, 25, 50, 100);
    /** Offered when nothing is found: broad subjects with many offerings. */
    static final List<String> POPULAR_SUBJECTS = List.of("languages", "computing", "health", "economics",
            "mathematics", "history");

    /** A choice in a select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A chosen filter shown as a link that removes it. */
    public record Chip(String group, Localized label, String href) {
    }

    /** A link with its text. */
    public record Link(String label, String href) {
    }

    /** One item of the pager; {@code number} 0 is a gap. */
    public record PagerItem(int number, String href, boolean current) {
        public boolean gap() {
            return number == Pager.GAP;
        }
    }

    /**
     * One offering found.
     *
     * @param snippet  HTML: escaped by the search boundary, with {@code <mark>} around the matches
     * @param distance "12,5 km", or null when the search was not near a place
     * @param language the language of instruction when it is not Swedish, else null
     */
    public record Hit(long id, String href, Localized title, String provider, LocalDate startDate, LocalDate endDate,
            String pace, String mode, String distance, String language, String snippet) {
        public boolean hasSnippet() {
            return snippet != null && !snippet.isBlank();
        }
    }

    @Inject
    Search search;

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean localeBean;

    @Inject
    Labels labels;

    // the view's parameters (facets, which repeat, are read from the request's value map)
    private String q;
    private String startFrom;
    private String startTo;
    private String open;
    private String near;
    private String radiusKm;
    private String sort;
    private String page;

    private String contextPath = "";
    private SearchParams params = SearchParams.empty();
    private Map<String, Municipality> municipalities = Map.of();
    private FacetLabels facetLabels;
    private SearchResult result;
    private String invalidParameter;
    private boolean unavailable;
    private List<FacetGroups.Group> facetGroups;
    private List<Hit> hits;
    private List<Chip> chips;

    /** The view action: reads the address, asks the boundary once, and sets 400 or 503 when it must. */
    public String load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        answer(external.getRequestContextPath(), external.getRequestParameterValuesMap(), new Response() {
            @Override
            public void status(int status) {
                external.setResponseStatus(status);
            }

            @Override
            public void header(String name, String value) {
                external.setResponseHeader(name, value);
            }
        });
        return null;
    }

    /** What {@link #answer} may say about the HTTP response besides the page. */
    interface Response {
        void status(int status);

        void header(String name, String value);
    }

    /**
     * Reads the search from the view parameters and the repeated facet parameters in {@code values},
     * and asks the boundary.
     */
    void answer(String requestContextPath, Map<String, String[]> values, Response response) {
        contextPath = requestContextPath;
        municipalities = catalog.municipalities().stream()
                .collect(Collectors.toMap(Municipality::getCode, m -> m, (a, b) -> a, LinkedHashMap::new));
        params = SearchParams.parse(parameters(values), municipalities::containsKey);
        String language = localeBean.getLanguage();
        facetLabels = new FacetLabels(labels, localeBean.getLocale(), this::providerNames,
                () -> municipalities.values().stream().collect(Collectors.toMap(Municipality::getCode, Municipality::getName)),
                () -> centreNames(language));
        Optional<GeoPoint> place = params.near().map(code -> municipalities.get(code).getMainTownLocation());
        try {
            result = search.search(params.toRequest(place, PAGE_SIZE, language));
        } catch (InvalidSearchException e) {
            invalidParameter = e.parameter();
            response.status(400);
        } catch (SearchUnavailableException e) {
            unavailable = true;
            response.status(503);
            response.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
    }

    /** The single-valued view parameters and the repeated facet parameters, as {@link SearchParams} reads them. */
    private Map<String, List<String>> parameters(Map<String, String[]> values) {
        Map<String, List<String>> parameters = new HashMap<>();
        single(parameters, SearchParams.Q, q);
        single(parameters, SearchParams.START_FROM, startFrom);
        single(parameters, SearchParams.START_TO, startTo);
        single(parameters, SearchParams.OPEN, open);
        single(parameters, SearchParams.NEAR, near);
        single(parameters, SearchParams.RADIUS, radiusKm);
        single(parameters, SearchParams.SORT, sort);
        single(parameters, SearchParams.PAGE, page);
        for (String facet : SearchRequest.FACETS) {
            String[] given = values.get(facet);
            if (given != null) {
                parameters.put(facet, Arrays.asList(given));
            }
        }
        return parameters;
    }

    private static void single(Map<String, List<String>> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, List.of(value));
        }
    }

    private Map<String, String> providerNames() {
        return catalog.providers().stream()
                .collect(Collectors.toMap(p -> Long.toString(p.getId()), Provider::getName, (a, b) -> a));
    }

    private Map<String, Localized> centreNames(String language) {
        return catalog.centres().stream().collect(Collectors.toMap(c -> Long.toString(c.getId()),
                (LearningCentre c) -> Localized.pick(c.getNames(), language), (a, b) -> a));
    }

    // --- the view's parameters

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public String getStartTo() {
        return startTo;
    }

    public void setStartTo(String startTo) {
        this.startTo = startTo;
    }

    public String getOpen() {
        return open;
    }

    public void setOpen(String open) {
        this.open = open;
    }

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = near;
    }

    public String getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(String radiusKm) {
        this.radiusKm = radiusKm;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    // --- the form, filled with the search as it is

    public String getText() {
        return params.text();
    }

    public boolean isSearchedText() {
        return params.hasText();
    }

    /** "Sökresultat för ”historia”", the page's heading. */
    public String getHeading() {
        return params.hasText() ? labels.format("search.title.text", params.text().strip()) : labels.text("search.title");
    }

    /** The heading, with the page number after the first page: the window title. */
    public String getTitle() {
        return params.page() > 1 ? labels.format("search.title.page", getHeading(), params.page()) : getHeading();
    }

    public String getStartFromValue() {
        return params.startFrom().map(LocalDate::toString).orElse("");
    }

    public String getStartToValue() {
        return params.startTo().map(LocalDate::toString).orElse("");
    }

    public boolean isOpenOnly() {
        return params.open();
    }

    /** "Anywhere" and the municipalities, the chosen one selected. */
    public List<Option> getNearOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", labels.text("search.near.anywhere"), params.near().isEmpty()));
        municipalities.values().forEach(m -> options.add(
                new Option(m.getCode(), m.getName(), params.near().filter(m.getCode()::equals).isPresent())));
        return options;
    }

    /** "Any distance" and a few radii; a radius from a hand-made address is kept as a choice of its own. */
    public List<Option> getRadiusOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", labels.text("search.radius.any"), params.radiusKm().isEmpty()));
        List<Double> radii = new ArrayList<>(RADII_KM.stream().map(Integer::doubleValue).toList());
        params.radiusKm().filter(r -> !radii.contains(r)).ifPresent(radii::add);
        radii.sort(Double::compare);
        for (double km : radii) {
            options.add(new Option(SearchParams.radiusParam(km), labels.format("search.radius.km", labels.number(km)),
                    params.radiusKm().filter(r -> r == km).isPresent()));
        }
        return options;
    }

    /** Relevance and start date; distance too when the search is near a place. */
    public List<Option> getSortOptions() {
        SearchOrder current = effectiveOrder();
        List<Option> options = new ArrayList<>();
        for (SearchOrder order : SearchOrder.values()) {
            if (order != SearchOrder.DISTANCE || params.near().isPresent()) {
                options.add(new Option(SearchParams.sortParam(order),
                        labels.text("search.sort." + SearchParams.sortParam(order)), order == current));
            }
        }
        return options;
    }

    private SearchOrder effectiveOrder() {
        return params.sort().orElse(params.hasText() ? SearchOrder.RELEVANCE
                : params.near().isPresent() ? SearchOrder.DISTANCE : SearchOrder.START);
    }

    public List<FacetGroups.Group> getFacetGroups() {
        if (facetGroups == null) {
            facetGroups = FacetGroups.of(params, Optional.ofNullable(result).map(SearchResult::facets), facetLabels,
                    facet -> labels.text("search.facet." + facet), localeBean.getLocale());
        }
        return facetGroups;
    }

    /** One link per chosen filter that removes just that one. */
    public List<Chip> getChips() {
        if (chips == null) {
            chips = chips();
        }
        return chips;
    }

    private List<Chip> chips() {
        List<Chip> chips = new ArrayList<>();
        String language = localeBean.getLanguage();
        params.filters().forEach((facet, values) -> values.forEach(value -> chips.add(new Chip(
                labels.text("search.facet." + facet), facetLabels.label(facet, value),
                params.withoutFilter(facet, value).href(contextPath)))));
        Locale locale = localeBean.getLocale();
        params.startFrom().ifPresent(d -> chips.add(new Chip(labels.text("search.startFrom"),
                new Localized(DateFormats.date(d, locale), language), params.withoutStartFrom().href(contextPath))));
        params.startTo().ifPresent(d -> chips.add(new Chip(labels.text("search.startTo"),
                new Localized(DateFormats.date(d, locale), language), params.withoutStartTo().href(contextPath))));
        if (params.open()) {
            chips.add(new Chip(labels.text("search.chip.application"),
                    new Localized(labels.text("search.chip.open"), language), params.withoutOpen().href(contextPath)));
        }
        params.near().ifPresent(code -> chips.add(new Chip(labels.text("search.near"),
                new Localized(municipalities.get(code).getName(), language), params.withoutNear().href(contextPath))));
        params.radiusKm().ifPresent(km -> chips.add(new Chip(labels.text("search.radius"),
                new Localized(labels.format("search.radius.km", labels.number(km)), language),
                params.withoutRadius().href(contextPath))));
        return chips;
    }

    public boolean isFiltered() {
        return params.hasFilters();
    }

    /** The same words without any filter. */
    public String getClearFiltersHref() {
        return params.withoutFilters().href(contextPath);
    }

    /** What could not be read from the address, one sentence each. */
    public List<String> getIgnored() {
        return params.ignored().stream().distinct().map(labels::text).toList();
    }

    // --- the answer

    public boolean isAnswered() {
        return result != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isInvalid() {
        return invalidParameter != null;
    }

    /** Why the boundary refused the search, in the page's language. */
    public String getInvalidMessage() {
        String key = "search.invalid." + invalidParameter;
        String text = labels.text(key);
        return text.equals(key) ? labels.text("search.invalid") : text;
    }

    /** The id of the form field to fix, for a link from the message; null when there is none. */
    public String getInvalidField() {
        return invalidParameter == null ? null : switch (invalidParameter) {
            case SearchParams.START_FROM, SearchParams.START_TO, SearchParams.NEAR -> invalidParameter;
            case SearchParams.RADIUS -> "radius";
            case SearchParams.Q -> "q";
            default -> null;
        };
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public boolean isNothingFound() {
        return result != null && result.total() == 0;
    }

    /** "28 kurstillfällen matchar ”historia”." */
    public String getSummary() {
        if (result == null) {
            return unavailable ? labels.text("search.unavailable.title") : labels.text("search.invalid.title");
        }
        return params.hasText() ? labels.format("search.summary.text", result.total(), params.text().strip())
                : labels.format("search.summary", result.total());
    }

    /** "Visar 21–40." when there is more than one page; else null. */
    public String getRange() {
        if (result == null || getPageCount() <= 1 || result.items().isEmpty()) {
            return null;
        }
        long from = (long) (params.page() - 1) * PAGE_SIZE + 1;
        return labels.format("search.range", from, from + result.items().size() - 1);
    }

    public List<Hit> getHits() {
        if (hits == null) {
            hits = result == null ? List.of() : hits();
        }
        return hits;
    }

    private List<Hit> hits() {
        return result.items().stream().map(hit -> new Hit(hit.id(), PrettyUrls.offering(hit.id()),
                new Localized(hit.title(), hit.titleLanguage()), hit.providerName(), hit.startDate(), hit.endDate(),
                facetLabels.label("pace", hit.pace()).text(), facetLabels.label("mode", hit.mode()).text(),
                hit.distanceKm().map(km -> labels.format("search.hit.distance", labels.number(km))).orElse(null),
                hit.instructionLanguage() == null || "sv".equals(hit.instructionLanguage()) ? null
                        : facetLabels.label("language", hit.instructionLanguage()).text(),
                hit.snippet())).toList();
    }

    /** The language the snippets are in: the titles', as both come from the same course text. */
    public String snippetLanguage(Hit hit) {
        return hit.title().language();
    }

    /** A better spelling of the text, when the search found little; else null. */
    public String getDidYouMean() {
        return result == null ? null : result.didYouMean().filter(s -> !s.isBlank()).orElse(null);
    }

    public String getDidYouMeanHref() {
        String better = getDidYouMean();
        return better == null ? null : params.withText(better).href(contextPath);
    }

    public List<Link> getPopularSubjects() {
        return POPULAR_SUBJECTS.stream().map(subject -> new Link(labels.subject(subject),
                new SearchParams("", Map.of("subject", List.of(subject)), Optional.empty(), Optional.empty(), false,
                        Optional.empty(), Optional.empty(), Optional.empty(), 1, List.of()).href(contextPath)))
                .toList();
    }

    public String getCatalogHref() {
        return contextPath + "/catalog.xhtml";
    }

    // --- paging

    public int getPageNumber() {
        return params.page();
    }

    public int getPageCount() {
        if (result == null) {
            return 0;
        }
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        return (int) Math.min(pages, SearchRequest.MAX_DEPTH / PAGE_SIZE);
    }

    /** Whether the address asks for a page after the last one (the results have shrunk since). */
    public boolean isBeyondLastPage() {
        return result != null && result.total() > 0 && result.items().isEmpty();
    }

    public String getFirstPageHref() {
        return params.withPage(1).href(contextPath);
    }

    public List<PagerItem> getPagerItems() {
        List<PagerItem> items = new ArrayList<>();
        for (int n : Pager.numbers(params.page(), getPageCount(), PAGER_WINDOW)) {
            items.add(new PagerItem(n, n == Pager.GAP ? null : params.withPage(n).href(contextPath), n == params.page()));
        }
        return items;
    }

    public String getPreviousHref() {
        return params.page() > 1 && params.page() <= getPageCount() ? params.withPage(params.page() - 1).href(contextPath)
                : null;
    }

    public String getNextHref() {
        return params.page() < getPageCount() ? params.withPage(params.page() + 1).href(contextPath) : null;
    }
}
