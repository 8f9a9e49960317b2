package se.larcentra.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the exception mappers share: classify, log server errors, answer with a problem. */
final class ProblemResponses {

    /** What a 401 names as the way to sign in. */
    static final String CHALLENGE = "Bearer realm=\"larcentra\"";

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    private ProblemResponses() {
    }

    static Response toResponse(Throwable failure, UriInfo uri, SecurityContext security) {
        boolean hasCaller = security != null && security.getUserPrincipal() != null;
        Problem problem = Problems.classify(failure, hasCaller);
        String path = uri != null ? uri.getRequestUri().getRawPath() : null;
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "API request " + path + " failed", failure);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "API request " + path + " answered " + problem.status(), failure);
        }
        Response.ResponseBuilder response = problem.at(path).toResponseBuilder();
        Problems.retryAfterSeconds(failure).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() == problem.status()) {
            // Keep what the status needs, such as Allow on a 405 or WWW-Authenticate on a 401.
            for (Map.Entry<String, List<Object>> header : web.getResponse().getHeaders().entrySet()) {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(header.getKey())
                        && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(header.getKey())) {
                    header.getValue().forEach(value -> response.header(header.getKey(), value));
                }
            }
        }
        return response.build();
    }
}
