package se.larcentra.api.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import se.larcentra.api.CallableBy;
import se.larcentra.account.entity.Role;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchStatus;

/**
 * {@code GET /api/v1/health}: whether the service and its search index are ready, and how far an
 * index (re)build has come. The text of the index's last error is for administrators only: an
 * exception's message can tell an attacker about the server's insides. {@code POST /api/v1/admin/search/rebuild} (administrators) rebuilds the
 * index in the background (in {@link se.larcentra.api.admin.AdminResource}, with the other
 * administrators' paths); search keeps answering from the old one meanwhile.
 */
@CallableBy(CallableBy.ANYONE)
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class HealthResource {

    @Inject
    Search search;

    public record Health(String status, SearchHealth search) {
    }

    public record SearchHealth(boolean ready, long documents, int segments, int deletedDocuments, boolean merging,
            Rebuild rebuild, String lastError) {
    }

    public record Rebuild(Instant startedAt, long done, long total) {
    }

    @Context
    SecurityContext caller;

    @GET
    @Path("health")
    public Health health() {
        SearchStatus index = search.status();
        boolean administrator = caller != null && caller.isUserInRole(Role.ADMINISTRATOR_NAME);
        return new Health(index.ready() ? "UP" : "STARTING", new SearchHealth(index.ready(), index.documents(),
                index.segments(), index.deletedDocuments(), index.merging(),
                index.rebuild().map(r -> new Rebuild(r.startedAt(), r.done(), r.total())).orElse(null),
                administrator ? index.lastError().orElse(null) : null));
    }
}
