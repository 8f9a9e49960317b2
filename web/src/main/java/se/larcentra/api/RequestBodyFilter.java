package se.larcentra.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A call that takes a body gets one, and a call that takes none gets none: a POST, PUT or PATCH
 * without the body its method reads is a 400 naming {@code body} (rather than a null the method may
 * not expect), and one with a body its method would silently ignore is a 400 too, so that nobody
 * believes the server took what it never read.
 */
@Provider
public class RequestBodyFilter implements ContainerRequestFilter {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !METHODS_WITH_BODY.contains(request.getMethod())) {
            return;
        }
        boolean takesBody = entityParameter(method).isPresent();
        boolean hasBody = hasBody(request);
        if (takesBody && !hasBody) {
            throw new InvalidParameterException(JsonBodies.BODY, "This call needs a JSON body.");
        }
        if (!takesBody && hasBody) {
            throw new InvalidParameterException(JsonBodies.BODY, "This call takes no body.");
        }
    }

    /**
     * Whether the request carries a body, from its headers where they tell: looking into the body
     * (Jersey's {@code hasEntity()}) would start reading it, and a client that asked
     * {@code Expect: 100-continue} would then send all of it, only to be refused.
     */
    static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Long.parseLong(length.strip()) > 0;
            } catch (NumberFormatException malformed) {
                return true;
            }
        }
        return request.getHeaderString("Transfer-Encoding") != null && request.hasEntity();
    }

    /** The parameter a resource method's request body is bound to: the one JAX-RS does not fill from elsewhere. */
    public static Optional<Parameter> entityParameter(Method method) {
        return Arrays.stream(method.getParameters()).filter(p -> Arrays.stream(p.getAnnotations()).noneMatch(RequestBodyFilter::isInjection))
                .findFirst();
    }

    private static boolean isInjection(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type == Context.class || type == Suspended.class
                || (type.getPackageName().equals("jakarta.ws.rs") && type.getSimpleName().endsWith("Param"));
    }
}
