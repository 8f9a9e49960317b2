package se.larcentra.platform.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a text stored per language: the language asked for, else Swedish, else English, else any.
 * Languages are ISO 639-1 codes ({@code sv}, {@code en}).
 */
public final class Translations {

    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";
    private static final List<String> FALLBACK_ORDER = List.of(SWEDISH, ENGLISH);

    private Translations() {
    }

    /** The language whose text is shown when {@code wanted} is asked for, if any text exists. */
    public static Optional<String> languageFor(Map<String, ?> byLanguage, String wanted) {
        if (byLanguage == null || byLanguage.isEmpty()) {
            return Optional.empty();
        }
        if (wanted != null && byLanguage.get(wanted) != null) {
            return Optional.of(wanted);
        }
        for (String language : FALLBACK_ORDER) {
            if (byLanguage.get(language) != null) {
                return Optional.of(language);
            }
        }
        return byLanguage.keySet().stream().sorted().findFirst();
    }

    /** The text in {@code wanted}, or the fallback; empty when there is none in any language. */
    public static <T> Optional<T> pick(Map<String, T> byLanguage, String wanted) {
        return languageFor(byLanguage, wanted).map(byLanguage::get);
    }

    public static String requireLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code: " + language);
        }
        return language;
    }
}
