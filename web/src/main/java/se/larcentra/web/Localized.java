package se.larcentra.web;

import java.util.Map;
import se.larcentra.platform.entity.Translations;

/**
 * A stored text as it is shown: in the language asked for or, failing that, in another one. The page
 * marks the text with {@code lang} when {@link #language()} is not the page's language.
 * (Records are read in EL with their accessors called as methods: {@code #{name.text()}}.)
 */
public record Localized(String text, String language) {

    public static Localized pick(Map<String, String> byLanguage, String wanted) {
        return Translations.languageFor(byLanguage, wanted)
                .map(language -> new Localized(byLanguage.get(language), language))
                .orElse(new Localized("", wanted));
    }

    /** Whether the text is in another language than {@code pageLanguage}. */
    public boolean isForeignTo(String pageLanguage) {
        return !language.equals(pageLanguage);
    }
}
