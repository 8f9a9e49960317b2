package se.larcentra.web.i18n;

import java.util.ArrayList;
import java.util.List;

/** Builds the address of the same page in another language. */
public final class LanguageLinks {

    static final String PARAMETER = "lang";

    private LanguageLinks() {
    }

    /**
     * {@code path} with its query string kept as it was (still encoded) except for {@code lang},
     * which is replaced by, or appended as, {@code language}.
     */
    public static String withLanguage(String path, String query, String language) {
        List<String> kept = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!PARAMETER.equals(name)) {
                    kept.add(pair);
                }
            }
        }
        kept.add(PARAMETER + "=" + language);
        return (path == null || path.isEmpty() ? "/" : path) + "?" + String.join("&", kept);
    }
}
