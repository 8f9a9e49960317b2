package se.larcentra.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark domain over HTTP: the helper at /bench (bench/helper), health, and the search API itself. */
final class BenchServer {

    /** The samples and hits of one query, from inside the server or over HTTP. */
    record Timing(String name, long total, Stats stats) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    BenchServer(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String base() {
        return base;
    }

    JsonObject info() {
        return object(send(HttpRequest.newBuilder(uri("/bench/")).GET(), Duration.ofSeconds(30)));
    }

    JsonObject health() {
        return object(send(HttpRequest.newBuilder(uri("/api/v1/health")).GET(), Duration.ofSeconds(30)));
    }

    /** Grows to {@code total} offerings, at most {@code max} per call; returns the last call's answer. */
    JsonObject grow(long total, int max) {
        return object(send(HttpRequest.newBuilder(uri("/bench/offerings?total=" + total + "&max=" + max))
                .POST(HttpRequest.BodyPublishers.noBody()), Duration.ofMinutes(30)));
    }

    JsonObject rebuild() {
        return object(send(HttpRequest.newBuilder(uri("/bench/rebuild")).POST(HttpRequest.BodyPublishers.noBody()),
                Duration.ofMinutes(30)));
    }

    JsonObject memory() {
        return object(send(HttpRequest.newBuilder(uri("/bench/memory")).GET(), Duration.ofMinutes(5)));
    }

    /** Times the search boundary inside the server for the mix. */
    Map<String, Timing> inServer(List<QueryMix.Query> mix, int warmupRounds, int rounds) {
        JsonArrayBuilder queries = Json.createArrayBuilder();
        for (QueryMix.Query q : mix) {
            JsonObjectBuilder filters = Json.createObjectBuilder();
            q.filters().forEach((facet, values) -> filters.add(facet, Json.createArrayBuilder(values)));
            JsonObjectBuilder query = Json.createObjectBuilder()
                    .add("name", q.name()).add("q", q.text()).add("filters", filters);
            if (q.near() != null) {
                query.add("near", q.near());
            }
            if (q.radiusKm() != null) {
                query.add("radiusKm", q.radiusKm());
            }
            if (q.sort() != null) {
                query.add("sort", q.sort());
            }
            queries.add(query);
        }
        String body = Json.createObjectBuilder().add("warmupRounds", warmupRounds).add("rounds", rounds)
                .add("queries", queries).build().toString();
        return timings(send(HttpRequest.newBuilder(uri("/bench/search-timings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), Duration.ofMinutes(30)));
    }

    /** Times {@code Search.suggest} inside the server for each prefix. */
    Map<String, Timing> suggestInServer(List<String> prefixes, int warmupRounds, int rounds) {
        String body = Json.createObjectBuilder().add("warmupRounds", warmupRounds).add("rounds", rounds)
                .add("prefixes", Json.createArrayBuilder(prefixes)).build().toString();
        return timings(send(HttpRequest.newBuilder(uri("/bench/suggest-timings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), Duration.ofMinutes(30)));
    }

    /** Times, inside the server, how long committed renames of courses take to reach search. */
    Timing visibility(int rounds) {
        return timing(object(send(HttpRequest.newBuilder(uri("/bench/visibility-timings?rounds=" + rounds))
                .POST(HttpRequest.BodyPublishers.noBody()), Duration.ofMinutes(30))));
    }

    private static Map<String, Timing> timings(String answer) {
        Map<String, Timing> timings = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(answer))) {
            for (JsonValue value : reader.readArray()) {
                Timing timing = timing(value.asJsonObject());
                timings.put(timing.name(), timing);
            }
        }
        return timings;
    }

    private static Timing timing(JsonObject timing) {
        JsonArray nanos = timing.getJsonArray("nanos");
        long[] samples = new long[nanos.size()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = nanos.getJsonNumber(i).longValue();
        }
        return new Timing(timing.getString("name"), timing.getJsonNumber("total").longValue(), new Stats(samples));
    }

    /**
     * Times {@code GET /api/v1/search} for the mix from here, one request at a time on a kept-alive
     * connection, from sending the request to having read the whole response.
     */
    Map<String, Timing> overHttp(List<QueryMix.Query> mix, int warmupRounds, int rounds) {
        long[][] samples = new long[mix.size()][rounds];
        long[] totals = new long[mix.size()];
        HttpRequest[] requests = mix.stream()
                .map(q -> HttpRequest.newBuilder(uri(q.httpPath())).timeout(Duration.ofSeconds(30)).GET().build())
                .toArray(HttpRequest[]::new);
        for (int round = 0; round < warmupRounds + rounds; round++) {
            for (int q = 0; q < requests.length; q++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response;
                try {
                    response = http.send(requests[q], HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException e) {
                    throw new IllegalStateException("GET " + requests[q].uri() + " failed", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                long elapsed = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + requests[q].uri() + " answered " + response.statusCode() + ": "
                            + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
                if (round >= warmupRounds) {
                    samples[q][round - warmupRounds] = elapsed;
                    if (round == warmupRounds) {
                        try (var reader = Json.createReader(new java.io.ByteArrayInputStream(response.body()))) {
                            totals[q] = reader.readObject().getJsonNumber("total").longValue();
                        }
                    }
                }
            }
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (int q = 0; q < mix.size(); q++) {
            timings.put(mix.get(q).name(), new Timing(mix.get(q).name(), totals[q], new Stats(samples[q])));
        }
        return timings;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private String send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
