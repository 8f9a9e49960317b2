package se.larcentra.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API. Resources put their version in their path ({@code /api/v1/...}); JSON by JSON-B
 * with its default camelCase names; lists in a {@link ListEnvelope}; errors as {@link Problem}s.
 */
@ApplicationPath("/api")
public class LarcentraApi extends Application {
}
