package se.larcentra.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.OfferingStatus;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.platform.boundary.ResultPage;
import se.larcentra.web.Http;
import se.larcentra.web.Localized;
import se.larcentra.web.PrettyUrls;
import se.larcentra.web.i18n.Labels;
import se.larcentra.web.i18n.LocaleBean;

/**
 * The catalogue: every offering, a page at a time. Page and order are in the address
 * ({@code ?page=2&sort=-title}), so every view of the list is a link that works without JavaScript;
 * a page number that does not exist is a 404.
 */
@Named
@RequestScoped
public class CatalogPage {

    public static final int PAGE_SIZE = 20;
    private static final int PAGER_WINDOW = 2;

    /** One line of the table. */
    public record OfferingRow(long id, String href, Localized title, String provider, LocalDate startDate,
            LocalDate endDate, Pace pace, StudyMode mode, OfferingStatus status) {
    }

    /** One item of the pager; {@code number} 0 is a gap. */
    public record PagerItem(int number, String href, boolean current) {
        public boolean gap() {
            return number == Pager.GAP;
        }
    }

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean localeBean;

    @Inject
    Labels labels;

    @Inject
    Clock clock;

    private String page;
    private String sort;
    private String q;

    private int pageNumber = 1;
    private CatalogSort order = CatalogSort.DEFAULT;
    private ResultPage<OfferingRow> result;

    /** The view action: reads the page the address asks for, or shows the 404 page. */
    public String load() {
        Optional<Integer> number = parsePageNumber(page);
        if (number.isEmpty()) {
            return Http.notFound();
        }
        pageNumber = number.get();
        order = CatalogSort.parse(sort);
        String language = localeBean.getLanguage();
        Instant now = clock.instant();
        result = catalog.offerings(pageNumber - 1, PAGE_SIZE, order.order(), language)
                .map(offering -> row(offering, language, now));
        if (pageNumber > Math.max(1, result.pageCount())) {
            return Http.notFound();
        }
        return null;
    }

    static Optional<Integer> parsePageNumber(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(1);
        }
        if (!value.strip().matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(value.strip());
        return n >= 1 && (long) (n - 1) * PAGE_SIZE <= Integer.MAX_VALUE ? Optional.of(n) : Optional.empty();
    }

    private static OfferingRow row(Offering offering, String language, Instant now) {
        Course course = offering.getCourse();
        String shownIn = course.textLanguage(language);
        return new OfferingRow(offering.getId(), PrettyUrls.offering(offering.getId()),
                new Localized(course.title(language), shownIn), course.getProvider().getName(),
                offering.getStartDate(), offering.getEndDate(), offering.getPace(), offering.getMode(),
                offering.statusAt(now));
    }

    // --- the view's parameters

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    // --- what the view shows

    /** The rows of this page only: the boundary is asked for one page, never the whole list. */
    public List<OfferingRow> getRows() {
        return result == null ? List.of() : result.items();
    }

    public int getFirst() {
        return (pageNumber - 1) * PAGE_SIZE;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPageCount() {
        return result == null ? 0 : result.pageCount();
    }

    /** Position of the first row shown, counted from 1. */
    public long getFromIndex() {
        return getTotal() == 0 ? 0 : getFirst() + 1L;
    }

    public long getToIndex() {
        return result == null ? 0 : getFirst() + (long) result.items().size();
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    /** "startdatum (stigande)", for the table's caption. */
    public String getOrderDescription() {
        return labels.text("catalog.sort." + order.field()) + " ("
                + labels.text(order.descending() ? "catalog.sort.descending" : "catalog.sort.ascending") + ")";
    }

    public String sortHref(String column) {
        return href(1, order.toggle(column));
    }

    /** ▲ or ▼ beside the column the list is sorted by; decoration only (hidden from screen readers). */
    public String sortMark(String column) {
        return !order.isBy(column) ? "" : order.descending() ? "\u25BC" : "\u25B2";
    }

    /** The column's state for screen readers: "sorterad stigande", or empty. */
    public String sortState(String column) {
        if (!order.isBy(column)) {
            return "";
        }
        return labels.format("catalog.sort.current",
                labels.text(order.descending() ? "catalog.sort.descending" : "catalog.sort.ascending"));
    }

    public List<PagerItem> getPagerItems() {
        List<PagerItem> items = new ArrayList<>();
        for (int n : Pager.numbers(pageNumber, getPageCount(), PAGER_WINDOW)) {
            items.add(new PagerItem(n, n == Pager.GAP ? null : href(n, order), n == pageNumber));
        }
        return items;
    }

    public String getPreviousHref() {
        return pageNumber > 1 ? href(pageNumber - 1, order) : null;
    }

    public String getNextHref() {
        return pageNumber < getPageCount() ? href(pageNumber + 1, order) : null;
    }

    private String href(int number, CatalogSort sortOrder) {
        List<String> query = new ArrayList<>();
        if (isSearched()) {
            query.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (!sortOrder.isDefault()) {
            query.add("sort=" + sortOrder.param());
        }
        if (number > 1) {
            query.add("page=" + number);
        }
        return Http.contextPath() + "/catalog.xhtml" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
