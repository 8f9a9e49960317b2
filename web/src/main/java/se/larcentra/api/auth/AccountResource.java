package se.larcentra.api.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.larcentra.account.boundary.NewLearner;
import se.larcentra.account.boundary.PersonalData;
import se.larcentra.account.boundary.Registration;
import se.larcentra.api.InvalidParameterException;

/**
 * Self-service: {@code POST /api/v1/accounts} registers a learner (201; a confirmation link is
 * mailed), {@code POST /api/v1/accounts/confirmation} {@code {"token"}}, {@code POST
 * /api/v1/accounts/password-reset} {@code {"email"}} (202 whether or not the address is known),
 * {@code POST /api/v1/accounts/password} {@code {"token", "password"}}; and the learner's own data:
 * {@code GET /api/v1/me/data} (everything, as JSON) and {@code DELETE /api/v1/me} (erase).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AccountResource {

    public record TokenBody(String token) {
    }

    public record ResetRequest(String email) {
    }

    public record NewPassword(String token, String password) {
        @Override
        public String toString() {
            return "NewPassword[]";
        }
    }

    public record Registered(long id) {
    }

    @Inject
    Registration registration;

    @Inject
    PersonalData personalData;

    @POST
    @Path("accounts")
    public Response register(NewLearner form) {
        if (form == null) {
            throw new InvalidParameterException("body", "a JSON object with username, email, name, municipality, language and password");
        }
        return Response.status(Response.Status.CREATED).entity(new Registered(registration.register(form))).build();
    }

    @POST
    @Path("accounts/confirmation")
    public Response confirm(TokenBody body) {
        registration.confirmEmail(body == null ? null : body.token());
        return Response.noContent().build();
    }

    @POST
    @Path("accounts/password-reset")
    public Response requestReset(ResetRequest body) {
        registration.requestPasswordReset(body == null ? null : body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("accounts/password")
    public Response resetPassword(NewPassword body) {
        if (body == null) {
            throw new InvalidParameterException("token", "token and password are required");
        }
        registration.resetPassword(body.token(), body.password());
        return Response.noContent().build();
    }

    @GET
    @Path("me/data")
    public Response export() {
        return Response.ok(personalData.export())
                .header("Content-Disposition", "attachment; filename=\"larcentra-my-data.json\"").build();
    }

    @DELETE
    @Path("me")
    public Response erase() {
        personalData.erase();
        return Response.noContent().build();
    }
}
