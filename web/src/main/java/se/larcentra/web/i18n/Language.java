package se.larcentra.web.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface; Swedish first. */
public enum Language {

    SV("sv", "Svenska"),
    EN("en", "English");

    private final String code;
    private final String endonym;
    private final Locale locale;

    Language(String code, String endonym) {
        this.code = code;
        this.endonym = endonym;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    public String endonym() {
        return endonym;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == SV ? EN : SV;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
