package se.larcentra.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Other Bean Validation failures; a broken constraint definition is a 500. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(ValidationException exception) {
        return ProblemResponses.toResponse(exception, uri, security);
    }
}
