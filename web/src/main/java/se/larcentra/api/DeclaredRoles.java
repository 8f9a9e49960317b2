package se.larcentra.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;

/**
 * Holds a request to a resource method back unless its caller has one of the roles the method
 * declares ({@link CallableBy}, else its class's), before its body is read: a 401 problem without a
 * caller, a 403 problem for a signed-in caller without the role. So a caller who may not call a
 * method learns nothing from how it would judge the request. The boundary the method calls checks
 * again; the authorisation matrix test keeps the two in step.
 */
@Provider
public class DeclaredRoles implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        declared(resource.getResourceMethod()).or(() -> declared(resource.getResourceClass()))
                .filter(roles -> !roles.contains(CallableBy.ANYONE))
                .ifPresent(roles -> context.register(new Gate(roles)));
    }

    /** The roles an element's {@link CallableBy} names; empty when it has none. */
    static Optional<List<String>> declared(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(CallableBy.class)).map(c -> List.of(c.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Gate implements ContainerRequestFilter {

        private final List<String> roles;

        Gate(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            String path = request.getUriInfo().getRequestUri().getRawPath();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Problem.of(401, "Sign in to do this.").at(path).toResponseBuilder()
                        .header(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.CHALLENGE).build());
            } else if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.of(403, "You may not do this.").at(path).toResponseBuilder().build());
            }
        }
    }
}
