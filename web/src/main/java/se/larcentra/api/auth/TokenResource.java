package se.larcentra.api.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import se.larcentra.api.CallableBy;
import se.larcentra.account.boundary.Authentication;
import se.larcentra.account.boundary.TokenGrant;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.web.security.ClientAddress;

/**
 * {@code POST /api/v1/auth/token} with {@code {"username", "password"}} → {@code {"token", "expiresAt"}}
 * (401 for wrong credentials, 429 with Retry-After when throttled); {@code DELETE} revokes the token
 * the request carries.
 */
@CallableBy(CallableBy.ANYONE)
@Path("v1/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class TokenResource {

    public record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }

    public record Token(String token, Instant expiresAt) {
    }

    @Inject
    Authentication authentication;

    @Context
    HttpServletRequest request;

    @POST
    public Response issue(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            throw new InvalidParameterException("username", "username is required");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidParameterException("password", "password is required");
        }
        TokenGrant grant = authentication.issueToken(credentials.username(), credentials.password(), ClientAddress.of(request));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new Token(grant.token(), grant.expiresAt())).cacheControl(noStore).build();
    }

    @DELETE
    public Response revoke() {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authentication.revokeToken(header.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
