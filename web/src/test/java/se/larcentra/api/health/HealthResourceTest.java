package se.larcentra.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchStatus;

class HealthResourceTest {

    private static final String FAILURE = "java.io.IOException: /srv/larcentra/index/write.lock: Permission denied";

    /** A search whose index last failed, as the boundary reports it. */
    private static final class FailedSearch extends Search {
        @Override
        public SearchStatus status() {
            return new SearchStatus(true, 10, 1, 0, false, Optional.empty(), Optional.of(FAILURE));
        }
    }

    private static HealthResource asCaller(String role) {
        HealthResource resource = new HealthResource();
        resource.search = new FailedSearch();
        resource.caller = new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return role == null ? null : () -> "someone";
            }

            @Override
            public boolean isUserInRole(String wanted) {
                return wanted.equals(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
        return resource;
    }

    @Test
    void anonymousCallersLearnThatTheServiceIsUpButNoErrorText() {
        HealthResource.Health health = asCaller(null).health();
        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.search().lastError()).isNull();
        assertThat(asCaller("learner").health().search().lastError()).isNull();
    }

    @Test
    void administratorsSeeTheLastError() {
        assertThat(asCaller("administrator").health().search().lastError()).isEqualTo(FAILURE);
    }
}
