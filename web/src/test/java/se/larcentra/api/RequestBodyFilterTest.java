package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import se.larcentra.api.admin.AdminResource;
import se.larcentra.api.admin.CentreAdminResource;
import se.larcentra.api.enrolment.EnrolmentsResource;
import se.larcentra.centre.boundary.CentreAdmin;

class RequestBodyFilterTest {

    private static Method method(Class<?> resource, String name) {
        for (Method m : resource.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(resource.getSimpleName() + " has no method " + name);
    }

    /** Runs the filter on a request of {@code httpMethod} to {@code resourceMethod}, with or without a body. */
    private static void filter(Method resourceMethod, String httpMethod, boolean hasEntity) throws Exception {
        ResourceInfo info = (ResourceInfo) Proxy.newProxyInstance(ResourceInfo.class.getClassLoader(), new Class<?>[] {ResourceInfo.class},
                (proxy, m, args) -> m.getName().equals("getResourceMethod") ? resourceMethod : null);
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> httpMethod;
                    case "hasEntity" -> hasEntity;
                    case "getHeaderString" -> "Content-Length".equals(args[0]) ? (hasEntity ? "17" : "0") : null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        RequestBodyFilter filter = new RequestBodyFilter();
        Field resource = RequestBodyFilter.class.getDeclaredField("resource");
        resource.setAccessible(true);
        resource.set(filter, info);
        filter.filter(request);
    }

    @Test
    void theEntityParameterIsTheOneNotInjectedFromElsewhere() {
        Parameter room = RequestBodyFilter.entityParameter(method(CentreAdminResource.class, "updateRoom")).orElseThrow();

        assertThat(room.getType()).isEqualTo(CentreAdmin.RoomForm.class);
        assertThat(RequestBodyFilter.entityParameter(method(EnrolmentsResource.class, "apply"))).isPresent();
        assertThat(RequestBodyFilter.entityParameter(method(AdminResource.class, "deactivate"))).isEmpty();
        assertThat(RequestBodyFilter.entityParameter(method(CentreAdminResource.class, "roomActive"))).isEmpty();
    }

    @Test
    void aCallThatReadsABodyNeedsOne() throws Exception {
        InvalidParameterException refused = catchThrowableOfType(InvalidParameterException.class,
                () -> filter(method(EnrolmentsResource.class, "apply"), "POST", false));

        assertThat(refused.parameter()).isEqualTo("body");
        assertThat(refused.getMessage()).isEqualTo("This call needs a JSON body.");
        assertThatCode(() -> filter(method(EnrolmentsResource.class, "apply"), "POST", true)).doesNotThrowAnyException();
    }

    @Test
    void aCallThatReadsNoBodyRefusesOneRatherThanIgnoreIt() throws Exception {
        InvalidParameterException refused = catchThrowableOfType(InvalidParameterException.class,
                () -> filter(method(AdminResource.class, "deactivate"), "POST", true));

        assertThat(refused.parameter()).isEqualTo("body");
        assertThat(refused.getMessage()).isEqualTo("This call takes no body.");
        assertThatCode(() -> filter(method(AdminResource.class, "deactivate"), "POST", false)).doesNotThrowAnyException();
        assertThatCode(() -> filter(method(EnrolmentsResource.class, "withdraw"), "DELETE", true))
                .as("a DELETE's body is not this filter's business").doesNotThrowAnyException();
    }
}
