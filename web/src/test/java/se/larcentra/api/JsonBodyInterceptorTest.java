package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.larcentra.api.enrolment.EnrolmentsResource.Application;

class JsonBodyInterceptorTest {

    private final AtomicBoolean proceeded = new AtomicBoolean();

    /** What the interceptor makes of a request body of {@code type}, sent as {@code mediaType}. */
    private Object intercept(String mediaType, Class<?> type, String body, String contentLength) throws Exception {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (contentLength != null) {
            headers.putSingle("Content-Length", contentLength);
        }
        InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ReaderInterceptorContext context = (ReaderInterceptorContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ReaderInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMediaType" -> MediaType.valueOf(mediaType);
                    case "getType" -> type;
                    case "getGenericType" -> type;
                    case "getHeaders" -> headers;
                    case "getInputStream" -> in;
                    case "proceed" -> {
                        proceeded.set(true);
                        yield "read by Jersey";
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new JsonBodyInterceptor().aroundReadFrom(context);
    }

    @Test
    void aJsonBodyIsReadHereNotByJerseysReader() throws Exception {
        assertThat(intercept("application/json", Application.class, "{\"offeringId\":3}", "16")).isEqualTo(new Application(3L));
        assertThat(intercept("application/json;charset=UTF-8", Application.class, "{\"offeringId\":4}", null)).isEqualTo(new Application(4L));
        assertThat(proceeded).isFalse();
        assertThatThrownBy(() -> intercept("application/json", Application.class, "{\"offeringId\":\"x\"}", null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("offeringId"));
    }

    @Test
    void rawBodiesAndOtherMediaTypesGoOnToJersey() throws Exception {
        assertThat(intercept("application/json", String.class, "{}", null)).isEqualTo("read by Jersey");
        assertThat(intercept("text/plain", Application.class, "{}", null)).isEqualTo("read by Jersey");
        assertThat(proceeded).isTrue();
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedUnread() {
        assertThatThrownBy(() -> intercept("application/json", Application.class, "{}", String.valueOf(JsonBodies.MAX_BYTES + 1)))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
    }

    @Test
    void anUnknownCharsetIsA415() {
        assertThatThrownBy(() -> intercept("application/json;charset=klingon-8", Application.class, "{}", null))
                .isInstanceOf(NotSupportedException.class);
    }
}
