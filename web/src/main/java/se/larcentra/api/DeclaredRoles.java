package se.larcentra.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
 * Holds a request to a resource method back unless its caller has one of the roles the method
 * declares ({@code @RolesAllowed}, else its class's; {@code @PermitAll} lets everyone in,
 * {@code @DenyAll} nobody), before its body is read: a 401 problem without a caller, a 403 with the
 * wrong one. The boundary the method calls checks again; the authorisation matrix test keeps the two
 * in step. Answered with {@code abortWith}, so that the refusal is an ordinary response.
 */
@Provider
public class DeclaredRoles implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        declared(resource.getResourceMethod()).or(() -> declared(resource.getResourceClass()))
                .filter(roles -> !roles.equals(EVERYONE))
                .ifPresent(roles -> context.register(new Gate(roles)));
    }

    private static final List<String> EVERYONE = List.of("*");

    /** The roles an element declares: {@code *} for everyone, none for nobody; empty when it declares nothing. */
    static Optional<List<String>> declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(EVERYONE);
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(List.of());
        }
        return Optional.ofNullable(element.getAnnotation(RolesAllowed.class)).map(r -> List.of(r.value()));
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
            if (hasCaller && roles.stream().anyMatch(security::isUserInRole)) {
                return;
            }
            Problem problem = hasCaller ? Problem.of(403, "You may not do this.") : Problem.of(401, "Sign in to do this.");
            var response = problem.at(request.getUriInfo().getRequestUri().getRawPath()).toResponseBuilder();
            if (!hasCaller) {
                response.header("WWW-Authenticate", "Bearer realm=\"larcentra\"");
            }
            request.abortWith(response.build());
        }
    }
}
