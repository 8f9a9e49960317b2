package se.larcentra.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Everything else: a 500 problem, logged, with no stack trace for the client. */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable exception) {
        return ProblemResponses.toResponse(exception, uri, security);
    }
}
