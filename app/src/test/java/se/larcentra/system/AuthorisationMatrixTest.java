package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.larcentra.system.AuthorisationMatrix.Caller;
import se.larcentra.system.AuthorisationMatrix.Row;

/**
 * Every REST endpoint and every boundary method of the built EAR has its line in the authorisation
 * matrix, the matrix has no line for something that is gone, and what the code declares
 * ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}, on the method or else its class) lets in
 * exactly those the matrix says may call it (resources say it with {@code CallableBy}). That the running server answers accordingly is
 * {@code AuthorisationMatrixIT}'s.
 */
class AuthorisationMatrixTest {

    private static Map<String, Row> table;
    private static Map<String, Method> code;

    @BeforeAll
    static void read() {
        table = AuthorisationMatrix.table();
        EnterpriseArchive ear = Deployments.ear();
        code = new LinkedHashMap<>();
        ApiEndpoints.of(ear).forEach(e -> code.put(AuthorisationMatrix.key(e), e.method()));
        AuthorisationMatrix.boundaryMethods(ear).forEach(m -> code.put(AuthorisationMatrix.key(m), m));
    }

    @Test
    void everyEndpointAndBoundaryMethodHasItsLine() {
        List<String> missing = code.keySet().stream().filter(k -> !table.containsKey(k)).map(k -> suggestion(k, code.get(k))).toList();
        assertThat(missing).as("lines to add to authorisation-matrix.txt (values from the code's annotations: check them)")
                .isEmpty();
    }

    @Test
    void theMatrixNamesNothingThatIsGone() {
        assertThat(table.keySet().stream().filter(k -> !code.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void theCodeDeclaresWhatTheMatrixSays() {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Method> entry : code.entrySet()) {
            Row row = table.get(entry.getKey());
            if (row == null) {
                continue;
            }
            Optional<Set<Caller>> declared = AuthorisationMatrix.declared(entry.getValue());
            if (declared.isEmpty()) {
                disagreements.add(entry.getKey() + ": no @CallableBy, @RolesAllowed, @PermitAll or @DenyAll on it or its class");
            } else if (!declared.get().equals(row.allowed())) {
                disagreements.add(entry.getKey() + ": the code lets in " + declared.get() + ", the matrix " + row.allowed());
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** A line as the table would have it, from what the code declares (or "?" where it declares nothing). */
    private static String suggestion(String key, Method method) {
        Optional<Set<Caller>> declared = AuthorisationMatrix.declared(method);
        String values = java.util.Arrays.stream(Caller.values())
                .map(c -> declared.map(d -> d.contains(c) ? "yes" : "no").orElse("?")).collect(Collectors.joining("  "));
        String name = key.contains("#") ? key : key.replaceFirst(" ", "  ");
        return String.format("%-62s %s", name, values);
    }
}
