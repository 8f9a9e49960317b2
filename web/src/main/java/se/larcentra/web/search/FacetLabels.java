package se.larcentra.web.search;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.web.Localized;
import se.larcentra.web.i18n.Labels;

/**
 * What people read for a facet's raw values: a provider's or a municipality's name for its id or code,
 * a centre's name in the page's language (or the other, marked), the label of an enum or subject, a
 * month in words ("Januari 2027"), a language's name. A value nobody knows is shown as it is.
 * The names of providers, municipalities and centres are fetched only when a facet needs them.
 */
public final class FacetLabels {

    private final Labels labels;
    private final Locale locale;
    private final Supplier<Map<String, String>> providers;
    private final Supplier<Map<String, String>> municipalities;
    private final Supplier<Map<String, Localized>> centres;

    /**
     * @param providers      provider id → name
     * @param municipalities municipality code → name
     * @param centres        centre id → name
     */
    public FacetLabels(Labels labels, Locale locale, Supplier<Map<String, String>> providers,
            Supplier<Map<String, String>> municipalities, Supplier<Map<String, Localized>> centres) {
        this.labels = labels;
        this.locale = locale;
        this.providers = memoized(providers);
        this.municipalities = memoized(municipalities);
        this.centres = memoized(centres);
    }

    /** The label of {@code value} of {@code facet}, with the language it is written in. */
    public Localized label(String facet, String value) {
        String language = locale.getLanguage();
        return switch (facet) {
            case "centre" -> centres.get().getOrDefault(value, new Localized(value, language));
            default -> new Localized(text(facet, value), language);
        };
    }

    private String text(String facet, String value) {
        return switch (facet) {
            case "provider_type" -> enumLabel(ProviderType.class, value, labels::providerType);
            case "provider" -> providers.get().getOrDefault(value, value);
            case "subject" -> labels.subject(value);
            case "level" -> enumLabel(StudyLevel.class, value, labels::level);
            case "pace" -> pace(value);
            case "mode" -> enumLabel(StudyMode.class, value, labels::mode);
            case "municipality" -> municipalities.get().getOrDefault(value, value);
            case "start_month" -> month(value, locale);
            case "language" -> capitalized(value == null || value.isBlank() ? value : labels.language(value), locale);
            default -> value;
        };
    }

    /** {@code 50} → "50 %", {@code individual} → "Egen takt". */
    String pace(String value) {
        if ("individual".equals(value)) {
            return labels.pace(Pace.individual());
        }
        if (value != null && value.matches("[0-9]{1,3}")) {
            int percent = Integer.parseInt(value);
            if (percent >= 1 && percent <= 100) {
                return labels.pace(Pace.percent(percent));
            }
        }
        return value;
    }

    /** {@code 2027-01} → "Januari 2027" / "January 2027". */
    static String month(String value, Locale locale) {
        try {
            YearMonth month = YearMonth.parse(value);
            return capitalized(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month), locale);
        } catch (DateTimeParseException | NullPointerException e) {
            return value;
        }
    }

    static String capitalized(String text, Locale locale) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static <E extends Enum<E>> String enumLabel(Class<E> type, String value,
            java.util.function.Function<E, String> label) {
        try {
            return label.apply(Enum.valueOf(type, value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return value;
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
