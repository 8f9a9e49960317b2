package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.bearer;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.system.AuthorisationMatrix.Access;
import se.larcentra.system.AuthorisationMatrix.Caller;
import se.larcentra.system.AuthorisationMatrix.Row;

/**
 * Every endpoint of the running API, called as each kind of caller (no caller, and the demo's
 * learner1, teacher1, tutor1, coordinator1 and admin), answers as the authorisation matrix says:
 * refused with 401 without a caller and 403 with the wrong one, and let through (whatever it then
 * answers) where the matrix says yes or own. The requests touch nothing real: ids far above any
 * record, and a body of {@code {}} where one is read, none where none is.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    private static final Map<Caller, String> DEMO_ACCOUNTS = Map.of(Caller.LEARNER, "learner1", Caller.TEACHER, "teacher1",
            Caller.TUTOR, "tutor1", Caller.COORDINATOR, "coordinator1", Caller.ADMINISTRATOR, "admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() throws Exception {
        Map<String, Row> table = AuthorisationMatrix.table();
        HttpTestClient client = new HttpTestClient(base);
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        for (Map.Entry<Caller, String> account : DEMO_ACCOUNTS.entrySet()) {
            tokens.put(account.getKey(), client.token(account.getValue(), DEMO_PASSWORD));
        }
        // Revoking the token a request carries comes last, so that it cannot spoil the calls after it.
        List<ApiEndpoints.Endpoint> endpoints = new ArrayList<>(ApiEndpoints.ofDeployedEar());
        endpoints.sort(Comparator.comparing(e -> AuthorisationMatrix.key(e).equals("DELETE /api/v1/auth/token")));

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (ApiEndpoints.Endpoint endpoint : endpoints) {
            Row row = table.get(AuthorisationMatrix.key(endpoint));
            assertThat(row).as("the matrix's line for %s", AuthorisationMatrix.key(endpoint)).isNotNull();
            for (Caller caller : Caller.values()) {
                HttpTestClient visitor = client.newVisitor(); // an address of its own: no throttle of another call in the way
                String[] authorization = caller == Caller.ANONYMOUS ? new String[0] : bearer(tokens.get(caller));
                String path = endpoint.samplePath();
                HttpResponse<String> answer = switch (endpoint.httpMethod()) {
                    case "GET" -> visitor.get(path, authorization);
                    case "DELETE" -> visitor.delete(path, authorization);
                    case "POST" -> visitor.post(path, endpoint.body().isPresent() ? "{}" : null, authorization);
                    case "PUT" -> visitor.put(path, endpoint.body().isPresent() ? "{}" : null, authorization);
                    default -> throw new IllegalStateException("no test call for " + endpoint.httpMethod());
                };
                calls++;
                Access access = row.access().get(caller);
                int status = answer.statusCode();
                boolean asSaid = access.allowed() ? status != 401 && status != 403
                        : status == (caller == Caller.ANONYMOUS ? 401 : 403);
                if (!asSaid) {
                    wrong.add(AuthorisationMatrix.key(endpoint) + " as " + caller + " (matrix: " + access + "): " + status + " "
                            + answer.body().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(calls).as("calls made").isEqualTo(endpoints.size() * Caller.values().length);
        assertThat(wrong).isEmpty();
    }
}
