package se.larcentra.api.admin;

import se.larcentra.api.CallableBy;
import se.larcentra.account.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.larcentra.centre.boundary.CentreAdmin;

/** Providers: {@code POST /api/v1/admin/providers}, {@code PUT .../{id}}, {@code POST .../{id}/deactivation|activation}. */
@CallableBy(Role.ADMINISTRATOR_NAME)
@Path("v1/admin/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProviderAdminResource {

    @Inject
    CentreAdmin admin;

    @POST
    public Response createProvider(CentreAdmin.ProviderForm form) {
        return CentreAdminResource.created(admin.createProvider(CentreAdminResource.required(form)));
    }

    @PUT
    @Path("{id: [0-9]+}")
    public Response updateProvider(@PathParam("id") long id, CentreAdmin.ProviderForm form) {
        admin.updateProvider(id, CentreAdminResource.required(form));
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/{state: deactivation|activation}")
    public Response providerActive(@PathParam("id") long id, @PathParam("state") String state) {
        admin.setProviderActive(id, state.equals("activation"));
        return Response.noContent().build();
    }

}
