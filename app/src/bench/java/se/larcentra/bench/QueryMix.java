package se.larcentra.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The fixed mix of searches every engine answers: one word, two words, a phrase, a typo, a
 * facet-filtered search and a search near a place sorted by distance. Swedish and English words,
 * as learners type them.
 */
final class QueryMix {

    /**
     * One search, in the search API's terms.
     *
     * @param filters  facet → values, as {@code GET /api/v1/search} takes them
     * @param near     a municipality code (its main town is the place)
     * @param radiusKm only offerings with a hosting centre within this distance
     * @param sort     {@code distance}, or null for the default order
     */
    record Query(String name, String text, Map<String, List<String>> filters, String near, Double radiusKm, String sort) {

        boolean isPhrase() {
            return text.startsWith("\"") && text.endsWith("\"");
        }

        /** What SQL LIKE looks for: each word, or the phrase as one pattern, in lower case. */
        List<String> likeTerms() {
            String lower = text.toLowerCase(new Locale("sv"));
            if (isPhrase()) {
                return List.of(lower.substring(1, lower.length() - 1));
            }
            return List.of(lower.trim().split("\\s+"));
        }

        /** The text without the quotes, for PostgreSQL's tsquery functions. */
        String plainText() {
            return isPhrase() ? text.substring(1, text.length() - 1) : text;
        }

        /** The path and query string of {@code GET /api/v1/search} for this search. */
        String httpPath() {
            StringJoiner query = new StringJoiner("&", "/api/v1/search?", "");
            query.add("q=" + encode(text));
            filters.forEach((facet, values) -> values.forEach(v -> query.add(facet + "=" + encode(v))));
            if (near != null) {
                query.add("near=" + near);
            }
            if (radiusKm != null) {
                query.add("radius_km=" + radiusKm);
            }
            if (sort != null) {
                query.add("sort=" + sort);
            }
            query.add("lang=sv");
            return query.toString();
        }
    }

    static final List<Query> MIX = List.of(
            new Query("one word", "matematik", Map.of(), null, null, null),
            new Query("two words", "project management", Map.of(), null, null, null),
            new Query("phrase", "\"hållbar utveckling\"", Map.of(), null, null, null),
            new Query("typo", "sjukskötrska", Map.of(), null, null, null),
            new Query("facet-filtered", "svenska", filters("provider_type", "KOMVUX", "municipality", "1784", "mode", "DISTANCE"),
                    null, null, null),
            new Query("near, by distance", "vård", Map.of(), "1783", 50.0, "distance"));

    private QueryMix() {
    }

    /** Facet filters in the order given (Map.of would list them in another order every run). */
    private static Map<String, List<String>> filters(String... facetsAndValues) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (int i = 0; i < facetsAndValues.length; i += 2) {
            filters.put(facetsAndValues[i], List.of(facetsAndValues[i + 1]));
        }
        return java.util.Collections.unmodifiableMap(filters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
