package se.larcentra.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import se.larcentra.api.CallableBy;
import se.larcentra.account.boundary.AccountView;
import se.larcentra.account.boundary.Accounts;
import se.larcentra.account.boundary.NewStaff;
import se.larcentra.account.entity.Role;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.ListEnvelope;
import se.larcentra.api.PageParams;
import se.larcentra.mail.boundary.MailAdmin;

/**
 * Administrators: {@code /api/v1/admin/accounts} (list, create staff, {@code PUT .../{id}/roles},
 * {@code POST .../{id}/deactivation} and {@code .../activation}) and {@code /api/v1/admin/outbox}
 * ({@code ?status=PENDING|SENT|FAILED}, {@code POST .../{id}/retry}), and
 * {@code POST /api/v1/admin/search/rebuild}.
 */
@CallableBy(Role.ADMINISTRATOR_NAME)
@Path("v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AdminResource {

    public record Roles(Set<String> roles, List<Long> centreIds, List<Long> offeringIds) {
    }

    @Inject
    Accounts accounts;

    @Inject
    MailAdmin mail;

    @Inject
    se.larcentra.search.boundary.Search search;

    @Inject
    se.larcentra.api.health.HealthResource health;

    @GET
    @Path("accounts")
    public ListEnvelope<AccountView> accounts(@QueryParam("q") String text, @QueryParam("role") String role,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageParams paging = PageParams.of(page, size);
        if (role != null && !role.matches(se.larcentra.account.entity.Role.NAME_PATTERN)) {
            throw new se.larcentra.api.InvalidParameterException("role", "one of learner, teacher, tutor, coordinator, administrator");
        }
        if (text != null && text.length() > 200) {
            throw new se.larcentra.api.InvalidParameterException("q", "at most 200 characters");
        }
        var result = accounts.list(text, role, paging.page(), paging.size());
        return paging.envelope(result.total(), result.items());
    }

    @GET
    @Path("accounts/{id: [0-9]+}")
    public AccountView account(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Path("accounts")
    public Response create(NewStaff form) {
        if (form == null) {
            throw new InvalidParameterException("body", "a JSON object with username, email, name, language and roles");
        }
        return Response.status(Response.Status.CREATED).entity(accounts.create(form)).build();
    }

    @PUT
    @Path("accounts/{id: [0-9]+}/roles")
    public AccountView roles(@PathParam("id") long id, Roles roles) {
        if (roles == null || roles.roles() == null) {
            throw new InvalidParameterException("roles", "roles are required");
        }
        return accounts.changeRoles(id, roles.roles(), roles.centreIds(), roles.offeringIds());
    }

    @POST
    @Path("accounts/{id: [0-9]+}/deactivation")
    public AccountView deactivate(@PathParam("id") long id) {
        return accounts.setActive(id, false);
    }

    @POST
    @Path("accounts/{id: [0-9]+}/activation")
    public AccountView activate(@PathParam("id") long id) {
        return accounts.setActive(id, true);
    }

    /** Rebuilds the search index in the background; 202 with the health document showing its progress. */
    @POST
    @Path("search/rebuild")
    public Response rebuildSearchIndex() {
        boolean started = search.rebuildIndex();
        return Response.status(Response.Status.ACCEPTED).entity(health.health()).header("X-Rebuild-Started", started).build();
    }

    @GET
    @Path("outbox")
    public ListEnvelope<MailAdmin.OutboxItem> outbox(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageParams paging = PageParams.of(page, size);
        if (status != null && !status.isBlank() && !Set.of("PENDING", "SENT", "FAILED").contains(status.strip())) {
            throw new InvalidParameterException("status", "status must be PENDING, SENT or FAILED");
        }
        var result = mail.outbox(status, paging.page(), paging.size());
        return paging.envelope(result.total(), result.items());
    }

    @POST
    @Path("outbox/{id: [0-9]+}/retry")
    public Response retry(@PathParam("id") long id) {
        mail.retry(id);
        mail.sendDueNow();
        return Response.accepted().build();
    }
}
