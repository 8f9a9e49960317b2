package se.larcentra.api.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.larcentra.api.CallableBy;
import se.larcentra.account.boundary.NewLearner;
import se.larcentra.account.boundary.PersonalData;
import se.larcentra.account.boundary.Registration;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.Role;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.web.security.ClientAddress;

/**
 * Self-service: {@code POST /api/v1/accounts} registers a learner (202 {@code {"email"}}: a
 * confirmation link is mailed; the same answer when the address has an account already, whose owner
 * is told instead), {@code POST /api/v1/accounts/confirmation} {@code {"token"}}, {@code POST
 * /api/v1/accounts/password-reset} {@code {"email"}} (202 whether or not the address is known),
 * {@code POST /api/v1/accounts/password} {@code {"token", "password"}}; and the learner's own data:
 * {@code GET /api/v1/me/data} (everything, as JSON) and {@code POST /api/v1/me/erasure}
 * {@code {"password"}} (erase, once the password is given again; a POST, since Payara's HTTP layer
 * refuses a DELETE with a body). Registrations and reset requests count against the
 * client address (429 with Retry-After when there were too many).
 */
@CallableBy(CallableBy.ANYONE)
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

    /** The answer to a registration, the same whether or not the address had an account. */
    public record Registered(String email) {
    }

    public record PasswordConfirmation(String password) {
        @Override
        public String toString() {
            return "PasswordConfirmation[]";
        }
    }

    @Context
    HttpServletRequest request;

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
        registration.register(form, ClientAddress.of(request));
        return Response.accepted(new Registered(Account.normalEmail(form.email()))).build();
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
        registration.requestPasswordReset(body == null ? null : body.email(), ClientAddress.of(request));
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

    @CallableBy(Role.LEARNER_NAME)
    @GET
    @Path("me/data")
    public Response export() {
        return Response.ok(personalData.export())
                .header("Content-Disposition", "attachment; filename=\"larcentra-my-data.json\"").build();
    }

    @CallableBy(Role.LEARNER_NAME)
    @POST
    @Path("me/erasure")
    public Response erase(PasswordConfirmation body) {
        if (body == null || body.password() == null || body.password().isEmpty()) {
            throw new InvalidParameterException("password", "give your password again to delete your account");
        }
        personalData.erase(body.password());
        return Response.noContent().build();
    }
}
