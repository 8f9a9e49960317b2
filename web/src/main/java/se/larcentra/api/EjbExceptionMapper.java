package se.larcentra.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What a boundary threw: access denied (401/403), or a wrapped cause, walked for the first one that
 * tells the client something.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EJBException exception) {
        return ProblemResponses.toResponse(exception, uri, security);
    }
}
