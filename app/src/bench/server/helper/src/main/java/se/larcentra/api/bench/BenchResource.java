package se.larcentra.api.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.larcentra.bench.boundary.SearchBenchmark;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.search.boundary.InvalidSearchException;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchOrder;
import se.larcentra.search.boundary.SearchRequest;

/**
 * {@code /bench/...} in the benchmark's EAR: what the search benchmark (app/src/bench/run.sh) asks
 * of the server. Only the benchmark's own EAR has it; callers on this machine only ({@link LocalCallersOnly}).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class BenchResource {

    @Inject
    SearchBenchmark bench;

    @Inject
    Search search;

    /** One query of the mix, as the search API's parameters name it ({@code near} a municipality code). */
    public record Query(String name, String q, Map<String, List<String>> filters, String near, Double radiusKm, String sort) {
    }

    public record TimingRequest(int warmupRounds, int rounds, List<Query> queries) {
    }

    public record Info(long pid, long offerings, boolean searchReady) {
    }

    @GET
    public Info info() {
        var status = search.status();
        return new Info(ProcessHandle.current().pid(), status.documents(), status.ready());
    }

    /** Grows the catalogue to {@code total} offerings, adding at most {@code max} in this call. */
    @POST
    @Path("offerings")
    public SearchBenchmark.Growth grow(@QueryParam("total") int total, @QueryParam("max") @DefaultValue("20000") int max) {
        return bench.growTo(total, max);
    }

    @POST
    @Path("search-timings")
    public List<SearchBenchmark.Timing> time(TimingRequest body) {
        if (body == null || body.queries() == null || body.queries().isEmpty()) {
            throw invalid("queries", "a mix of at least one query is needed");
        }
        Map<String, SearchRequest> mix = new LinkedHashMap<>();
        for (Query query : body.queries()) {
            mix.put(query.name(), request(query));
        }
        return bench.timeSearches(mix, body.warmupRounds(), body.rounds());
    }

    @POST
    @Path("visibility-timings")
    public SearchBenchmark.Timing visibility(@QueryParam("rounds") @DefaultValue("20") int rounds) {
        return bench.timeVisibility(rounds);
    }

    public record SuggestTimingRequest(int warmupRounds, int rounds, List<String> prefixes) {
    }

    @POST
    @Path("suggest-timings")
    public List<SearchBenchmark.Timing> suggestions(SuggestTimingRequest body) {
        if (body == null || body.prefixes() == null || body.prefixes().isEmpty()) {
            throw invalid("prefixes", "at least one prefix is needed");
        }
        return bench.timeSuggestions(body.prefixes(), body.warmupRounds(), body.rounds());
    }

    @POST
    @Path("rebuild")
    public SearchBenchmark.Rebuilt rebuild() {
        return bench.rebuildIndex();
    }

    @GET
    @Path("memory")
    public SearchBenchmark.Memory memory() {
        return bench.memory();
    }

    /** The request {@code GET /api/v1/search} makes of the same parameters (in Swedish, first page of 20). */
    private SearchRequest request(Query query) {
        Optional<GeoPoint> near = Optional.ofNullable(query.near()).filter(n -> !n.isBlank())
                .map(code -> search.placeOfMunicipality(code)
                        .orElseThrow(() -> invalid("near", "no municipality with code " + code)));
        Optional<SearchOrder> order = Optional.ofNullable(query.sort()).filter(s -> !s.isBlank()).map(BenchResource::order);
        try {
            return new SearchRequest(query.q(), query.filters() == null ? Map.of() : query.filters(), Optional.empty(),
                    Optional.empty(), false, near, Optional.ofNullable(query.radiusKm()), order, 0, 20, "sv");
        } catch (InvalidSearchException e) {
            throw invalid(e.parameter(), e.getMessage());
        }
    }

    private static SearchOrder order(String sort) {
        return switch (sort.strip()) {
            case "relevance" -> SearchOrder.RELEVANCE;
            case "start" -> SearchOrder.START;
            case "distance" -> SearchOrder.DISTANCE;
            default -> throw invalid("sort", "sort must be relevance, start or distance");
        };
    }

    /** A 400 that says what is wrong (the public API's problem documents are not in this WAR). */
    private static WebApplicationException invalid(String parameter, String message) {
        return new WebApplicationException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                .entity(parameter + ": " + message).build());
    }
}
