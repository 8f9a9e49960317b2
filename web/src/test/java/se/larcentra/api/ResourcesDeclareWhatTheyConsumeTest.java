package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every POST, PUT and PATCH of the API declares that it consumes JSON (itself or on its class), so
 * that a plain HTML form (form-encoded, multipart or text/plain, which a browser sends cross-site
 * without asking) is refused with a 415 before the method runs.
 */
class ResourcesDeclareWhatTheyConsumeTest {

    @Test
    void everyMethodThatChangesSomethingConsumesJsonOnly() {
        List<Class<?>> resources = ClassesOnClassPath.under("se.larcentra.api").stream().filter(c -> c.isAnnotationPresent(Path.class))
                .toList();
        List<String> changes = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class) && !method.isAnnotationPresent(PUT.class) && !method.isAnnotationPresent(PATCH.class)) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + method.getName();
                changes.add(name);
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : resource.getAnnotation(Consumes.class);
                if (consumes == null || !Arrays.asList(consumes.value()).equals(List.of(MediaType.APPLICATION_JSON))) {
                    undeclared.add(name + (consumes == null ? " (nothing)" : " " + Arrays.toString(consumes.value())));
                }
            }
        }

        assertThat(changes).as("POST/PUT/PATCH methods found").contains("AdminResource.deactivate", "EnrolmentsResource.apply",
                "TokenResource.issue", "CentreAdminResource.openingHours");
        assertThat(undeclared).as("methods that do not declare @Consumes(application/json)").isEmpty();
    }
}
