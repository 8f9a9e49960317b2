package se.larcentra.search.control;

/**
 * The fields of an offering's search document. Texts are analysed per language; facets are
 * SortedSet doc values; dates are days since the epoch.
 */
public final class OfferingFields {

    public static final String ID = "id";
    public static final String ID_SORT = "id_sort";
    public static final String TITLE_SV = "title_sv";
    public static final String TITLE_EN = "title_en";
    public static final String TITLE_PARTS = "title_parts";
    public static final String DESCRIPTION_SV = "description_sv";
    public static final String DESCRIPTION_EN = "description_en";
    public static final String DESCRIPTION_PARTS = "description_parts";
    public static final String SUBJECT_TEXT = "subject_text";
    public static final String PROVIDER_TEXT = "provider_text";
    public static final String PLACE_TEXT = "place_text";
    public static final String CODE = "code";
    /** Titles in both languages as written (lower case, not stemmed): the words "did you mean" offers. */
    public static final String SPELL = "spell";

    public static final String START_DAY = "start_day";
    public static final String END_DAY = "end_day";
    public static final String APPLICATION_OPENS = "application_opens";
    public static final String APPLICATION_CLOSES = "application_closes";
    public static final String APPLICATION_CONTINUOUS = "application_continuous";
    public static final String CANCELLED = "cancelled";
    public static final String LOCATION = "location";
    public static final String LOCATION_SORT = "location_sort";

    /** What a hit shows of the offering: a binary doc value, see {@link ShownOffering}. Nothing is stored. */
    public static final String SHOWN = "shown";

    // Facet dimensions; their names are the API's facet and filter names.
    public static final String FACET_PROVIDER_TYPE = "provider_type";
    public static final String FACET_PROVIDER = "provider";
    public static final String FACET_SUBJECT = "subject";
    public static final String FACET_LEVEL = "level";
    public static final String FACET_PACE = "pace";
    public static final String FACET_MODE = "mode";
    public static final String FACET_MUNICIPALITY = "municipality";
    public static final String FACET_CENTRE = "centre";
    public static final String FACET_START_MONTH = "start_month";
    public static final String FACET_LANGUAGE = "language";

    public static final java.util.List<String> FACETS = java.util.List.of(FACET_PROVIDER_TYPE, FACET_PROVIDER,
            FACET_SUBJECT, FACET_LEVEL, FACET_PACE, FACET_MODE, FACET_MUNICIPALITY, FACET_CENTRE, FACET_START_MONTH,
            FACET_LANGUAGE);

    private OfferingFields() {
    }
}
