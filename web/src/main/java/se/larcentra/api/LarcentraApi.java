package se.larcentra.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The REST API. Resources put their version in their path ({@code /api/v1/...}); JSON by JSON-B
 * with its default camelCase names; lists in a {@link ListEnvelope}; errors as {@link Problem}s.
 * Request bodies are read by {@link JsonBodyInterceptor}. Each resource method declares who may
 * call it ({@link CallableBy}), as the boundary it calls does ({@code @RolesAllowed});
 * {@link DeclaredRoles} holds a request to it before its body is read, so that a caller without the
 * role learns nothing from how its body would be judged (the authorisation matrix test keeps both in
 * step).
 */
@ApplicationPath("/api")
public class LarcentraApi extends Application {

    /**
     * A request with a body but no {@code Content-Type} is taken as {@code application/octet-stream}
     * by a method that reads a body, so it is a 415 problem. Jersey's default matches it to any
     * {@code @Consumes} and then finds no reader for it: a 500.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(ServerProperties.EMPTY_REQUEST_MEDIA_TYPE_MATCHES_ANY_CONSUMES, false);
    }
}
