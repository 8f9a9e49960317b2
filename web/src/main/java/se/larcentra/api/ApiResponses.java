package se.larcentra.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Responses whose texts depend on the language asked for say so, for clients and caches. */
public final class ApiResponses {

    private ApiResponses() {
    }

    public static Response ok(Object entity, String language) {
        return Response.ok(entity)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
