package se.larcentra.api.bench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The helper's endpoints are anonymous and can fill the catalogue or keep the server busy; the
 * benchmark's driver calls them from the same machine, so nobody else may, even on the bench domain
 * (which, like the run domain, listens on every interface).
 */
@Provider
@PreMatching
public class LocalCallersOnly implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!isLoopback(request.getRemoteAddr())) {
            context.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("the benchmark helper answers only on this machine").build());
        }
    }

    static boolean isLoopback(String address) {
        try {
            // A literal address (as getRemoteAddr gives), so no name is looked up.
            return address != null && !address.isBlank() && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
