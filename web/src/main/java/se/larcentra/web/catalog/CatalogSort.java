package se.larcentra.web.catalog;

import java.util.Locale;
import se.larcentra.catalog.boundary.OfferingOrder;

/**
 * The catalogue's order as it appears in its address: {@code start} (the default), {@code -start},
 * {@code title} or {@code -title}. Anything else falls back to the default rather than failing.
 */
public record CatalogSort(String field, boolean descending) {

    public static final String START = "start";
    public static final String TITLE = "title";
    public static final CatalogSort DEFAULT = new CatalogSort(START, false);

    public static CatalogSort parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        boolean descending = v.startsWith("-");
        String field = descending ? v.substring(1) : v;
        return START.equals(field) || TITLE.equals(field) ? new CatalogSort(field, descending) : DEFAULT;
    }

    /** The value for the address. */
    public String param() {
        return descending ? "-" + field : field;
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public OfferingOrder order() {
        return TITLE.equals(field)
                ? descending ? OfferingOrder.TITLE_DESC : OfferingOrder.TITLE_ASC
                : descending ? OfferingOrder.START_DATE_DESC : OfferingOrder.START_DATE_ASC;
    }

    /** The order a click on {@code column}'s header asks for: the other direction if sorted by it. */
    public CatalogSort toggle(String column) {
        return field.equals(column) ? new CatalogSort(field, !descending) : new CatalogSort(column, false);
    }

    public boolean isBy(String column) {
        return field.equals(column);
    }
}
