package se.larcentra.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A JAX-RS exception (unknown route, 405, a parameter that does not convert, our own 4xx) as a
 * problem with its status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException exception) {
        return ProblemResponses.toResponse(exception, uri, security);
    }
}
