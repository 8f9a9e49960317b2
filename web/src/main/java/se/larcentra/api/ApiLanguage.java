package se.larcentra.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language texts are answered in: {@code ?lang=sv|en} if given, else the best supported match
 * in {@code Accept-Language} (q-values honoured), else Swedish. An explicit {@code lang} that is not
 * supported is a 400 naming {@code lang}; a header that matches nothing just falls back.
 */
public final class ApiLanguage {

    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";
    public static final String PARAMETER = "lang";
    private static final Set<String> SUPPORTED = Set.of(SWEDISH, ENGLISH);

    private ApiLanguage() {
    }

    public static String of(UriInfo uri, HttpHeaders headers) {
        return resolve(uri.getQueryParameters().getFirst(PARAMETER),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static String resolve(String langParameter, String acceptLanguage) {
        if (langParameter != null && !langParameter.isBlank()) {
            String asked = langParameter.strip().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(asked)) {
                throw new InvalidParameterException(PARAMETER, "lang must be sv or en");
            }
            return asked;
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return SWEDISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return SWEDISH;
        }
        // parse() orders the ranges by weight, highest first, keeping the header's order for ties.
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0.0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            if ("*".equals(primary)) {
                return SWEDISH;
            }
            if (SUPPORTED.contains(primary)) {
                return primary;
            }
        }
        return SWEDISH;
    }
}
