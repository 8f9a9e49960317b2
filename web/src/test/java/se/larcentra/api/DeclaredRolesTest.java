package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeclaredRolesTest {

    /** What the gate does to a request by a caller with these roles (null: no caller): the response it aborts with, if any. */
    private static List<Response> gate(List<String> declared, Set<String> callerRoles) {
        List<Response> aborted = new ArrayList<>();
        SecurityContext security = (SecurityContext) Proxy.newProxyInstance(DeclaredRolesTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> callerRoles == null ? null : (Principal) () -> "someone";
                    case "isUserInRole" -> callerRoles != null && callerRoles.contains((String) args[0]);
                    default -> null;
                });
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(DeclaredRolesTest.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getRequestUri") ? URI.create("http://x/api/v1/admin/accounts") : null);
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(DeclaredRolesTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSecurityContext" -> security;
                    case "getUriInfo" -> uri;
                    case "abortWith" -> {
                        aborted.add((Response) args[0]);
                        yield null;
                    }
                    default -> null;
                });
        new DeclaredRoles.Gate(declared).filter(request);
        return aborted;
    }

    @Test
    void aCallerWithOneOfTheRolesGoesAhead() {
        assertThat(gate(List.of("teacher", "administrator"), Set.of("administrator"))).isEmpty();
    }

    @Test
    void aSignedInCallerWithoutTheRoleGetsA403ProblemBeforeTheBodyIsRead() {
        assertThat(gate(List.of("administrator"), Set.of("learner"))).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(403);
            assertThat(r.getEntity()).isInstanceOf(Problem.class);
        });
    }

    @Test
    void withoutACallerTheRequestGetsA401ProblemWithAChallengeBeforeTheBodyIsRead() {
        assertThat(gate(List.of("administrator"), null)).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(401);
            assertThat(r.getEntity()).isInstanceOf(Problem.class);
            assertThat(r.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        });
    }

    @Test
    void denyAllLetsNobodyIn() {
        assertThat(gate(List.of(), Set.of("administrator"))).singleElement().satisfies(r -> assertThat(r.getStatus()).isEqualTo(403));
    }
}
