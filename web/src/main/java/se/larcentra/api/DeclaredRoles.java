package se.larcentra.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;

/**
 * Holds a request by a signed-in caller to a resource method back unless the caller has one of the
 * roles the method declares ({@link CallableBy}, else its class's), before its body is read: a 403
 * problem. The boundary the
 * method calls checks again; the authorisation matrix test keeps the two in step.
 *
 * <p>A request without a caller goes on to the boundary, whose refusal is the 401 (with the other
 * failures of the boundary, through the exception mappers); a method that judges its body before
 * calling the boundary first asks {@link #requireCaller}.
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

    /**
     * For a method that judges its request before the boundary would see the caller: a 401 problem
     * when there is none, so that a caller who may not call it learns nothing from the judgement.
     */
    public static void requireCaller(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Sign in to do this.", "Bearer realm=\"larcentra\"");
        }
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
            boolean hasCaller = security != null && security.getUserPrincipal() != null;
            if (!hasCaller || roles.stream().anyMatch(security::isUserInRole)) {
                return;
            }
            request.abortWith(Problem.of(403, "You may not do this.").at(request.getUriInfo().getRequestUri().getRawPath())
                    .toResponseBuilder().build());
        }
    }
}
