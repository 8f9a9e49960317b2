package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.bearer;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larcentra.system.ApiEndpoints.Endpoint;

/**
 * Every POST, PUT and PATCH endpoint of the API, found by reflection over the deployed EAR's
 * resource classes, sent the bodies a careless or hostile client sends: not JSON, the wrong shape,
 * a field of the wrong type or out of range, nothing, too deep, too large, the wrong media type.
 * Each must be a 4xx problem document, never a 500 and never a request carried out; a field at
 * fault is named (the problem's {@code parameter}), the body as a whole is named {@code body}. Each
 * call is made by a caller allowed to make it, so that it is the body that is judged.
 */
@ExtendWith(ArquillianExtension.class)
class RequestBodiesIT {

    private static final String ANONYMOUS = "anonymous";
    private static final String LEARNER = "learner";
    private static final String ADMINISTRATOR = "administrator";

    /**
     * Who calls an endpoint: the first of these the authorisation matrix lets in (a new endpoint
     * without its line there fails AuthorisationMatrixTest).
     */
    private static String callerOf(Endpoint endpoint) {
        AuthorisationMatrix.Row row = AuthorisationMatrix.table().get(AuthorisationMatrix.key(endpoint));
        assertThat(row).as("the authorisation matrix's line for %s", endpoint).isNotNull();
        for (AuthorisationMatrix.Caller caller : List.of(AuthorisationMatrix.Caller.ANONYMOUS, AuthorisationMatrix.Caller.ADMINISTRATOR,
                AuthorisationMatrix.Caller.LEARNER)) {
            if (row.access().get(caller).allowed()) {
                return caller == AuthorisationMatrix.Caller.ANONYMOUS ? ANONYMOUS
                        : caller == AuthorisationMatrix.Caller.ADMINISTRATOR ? ADMINISTRATOR : LEARNER;
            }
        }
        throw new AssertionError("neither anonymous, an administrator nor a learner may call " + endpoint);
    }

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    /** Deeper than any limit a server sets, far deeper than any request needs. */
    private static final int DEEP = 10_000;
    /** Larger than the API reads (1 MiB). */
    private static final int HUGE = (1 << 20) + 4096;

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private HttpTestClient client;
    private final Map<String, String[]> credentials = new HashMap<>();

    @BeforeEach
    void callers() throws Exception {
        client = new HttpTestClient(base);
        credentials.put(ANONYMOUS, new String[0]);
        credentials.put(LEARNER, bearer(TestLearners.registerAndConfirm(client, mailbox, "en").token()));
        credentials.put(ADMINISTRATOR, bearer(client.token("admin", DEMO_PASSWORD)));
    }

    /** The endpoints that take a body, each with the caller to send it as. */
    private static List<Endpoint> endpointsTakingBodies() {
        List<Endpoint> endpoints = ApiEndpoints.ofDeployedEar().stream().filter(e -> METHODS_WITH_BODY.contains(e.httpMethod())).toList();
        assertThat(endpoints).extracting(Endpoint::key).as("endpoints found by reflection")
                .contains("POST api/v1/enrolments", "POST api/v1/auth/token", "PUT api/v1/admin/centres/{id}/opening-hours");
        return endpoints;
    }

    private HttpResponse<String> send(Endpoint endpoint, String contentType, String body) throws Exception {
        return client.request(endpoint.httpMethod(), endpoint.samplePath(), contentType, body, credentials.get(callerOf(endpoint)));
    }

    @Test
    void aBodyThatIsNotTheRightJsonIsA400NamingTheBody() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpointsTakingBodies()) {
            boolean takesList = endpoint.body().map(t -> isCollection(raw(t))).orElse(false);
            Map<String, String> bodies = new java.util.LinkedHashMap<>();
            bodies.put("a truncated object", "{");
            bodies.put("a truncated member", "{\"offeringId\":");
            bodies.put("the wrong structure", takesList ? "{}" : "[]");
            bodies.put("null", "null");
            bodies.put("a string", "\"offeringId\"");
            bodies.put("a number", "42");
            bodies.put("two values", "{} {}");
            bodies.put("deeply nested arrays", "[".repeat(DEEP) + "]".repeat(DEEP));
            bodies.put("deeply nested objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
            if (endpoint.body().isPresent()) {
                bodies.put("nothing", "");
            }
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                String what = endpoint + " with " + body.getKey();
                JsonObject problem = assertProblem(softly, what, send(endpoint, "application/json", body.getValue()), 400);
                if (problem != null) {
                    softly.assertThat(problem.getString("parameter", null)).as("parameter of %s: %s", what, problem).isEqualTo("body");
                }
            }
        }
        softly.assertAll();
    }

    /**
     * Over HTTP/1.1, as curl and browsers send to a plain address. (Over HTTP/2 on a plain connection,
     * h2c, Payara's server resets the stream of a body it answers without reading, and the
     * connection with it: the client gets no answer, but nothing is read either.)
     */
    @Test
    void aBodyTooLargeToReadIsRefused() throws Exception {
        HttpTestClient http11 = new HttpTestClient(base, HttpClient.Version.HTTP_1_1);
        String huge = "{\"padding\":\"" + "x".repeat(HUGE) + "\"}";
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpointsTakingBodies()) {
            // 413, said before the body is read; a call that takes no body refuses any body unread (400).
            HttpResponse<String> response = http11.request(endpoint.httpMethod(), endpoint.samplePath(), "application/json", huge,
                    credentials.get(callerOf(endpoint)));
            assertProblem(softly, endpoint + " with a body of " + huge.length() + " bytes", response,
                    endpoint.body().isPresent() ? 413 : 400);
        }
        softly.assertAll();
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpointsTakingBodies()) {
            Map<String, String> contentTypes = new java.util.LinkedHashMap<>();
            contentTypes.put("application/x-www-form-urlencoded", "offeringId=1&username=a&password=b");
            contentTypes.put("text/plain", "{\"offeringId\":1}");
            contentTypes.put("application/xml", "<offeringId>1</offeringId>");
            if (endpoint.body().isPresent()) {
                contentTypes.put(null, "{\"offeringId\":1}"); // a body without a Content-Type
            }
            for (Map.Entry<String, String> sent : contentTypes.entrySet()) {
                String what = endpoint + " with a body of " + sent.getKey();
                assertProblem(softly, what, send(endpoint, sent.getKey(), sent.getValue()), 415);
            }
        }
        softly.assertAll();
    }

    @Test
    void aFieldOfTheWrongTypeOrOutOfRangeIsA400NamingTheField() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Endpoint endpoint : endpointsTakingBodies()) {
            if (endpoint.body().isEmpty()) {
                continue;
            }
            Type type = endpoint.body().get();
            // A list body (opening hours): its first element carries the wrong field.
            boolean list = isCollection(raw(type));
            Class<?> record = raw(list ? typeArgument(type, 0) : type);
            if (!record.isRecord()) {
                softly.fail("%s reads a %s; this test knows how to get fields wrong only in records", endpoint, type);
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                String name = jsonName(component);
                for (Wrong wrong : wrongValuesFor(component.getGenericType())) {
                    String member = "{\"" + name + "\":" + wrong.json() + "}";
                    String body = list ? "[" + member + "]" : member;
                    String field = (list ? "[0]." : "") + name + wrong.inside();
                    String what = endpoint + " with " + body;
                    JsonObject problem = assertProblem(softly, what, send(endpoint, "application/json", body), 400);
                    if (problem != null) {
                        softly.assertThat(problem.getString("parameter", null)).as("parameter of %s: %s", what, problem).isEqualTo(field);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("wrong fields sent").isGreaterThan(100);
        softly.assertAll();
    }

    @Test
    void theIssuesExamplesAreRefusedNamingTheField() throws Exception {
        String learner = credentials.get(LEARNER)[1].substring("Bearer ".length());
        JsonObject text = HttpTestClient.assertProblem(client.post("api/v1/enrolments", "{\"offeringId\":\"x\"}", bearer(learner)), 400);
        assertThat(text.getString("parameter")).isEqualTo("offeringId");
        assertThat(text.getString("detail")).isEqualTo("offeringId must be a whole number.");
        JsonObject huge = HttpTestClient.assertProblem(client.post("api/v1/enrolments", "{\"offeringId\":1e99}", bearer(learner)), 400);
        assertThat(huge.getString("parameter")).isEqualTo("offeringId");
        assertThat(huge.getString("detail")).startsWith("offeringId is out of range");
        JsonObject malformed = HttpTestClient.assertProblem(client.post("api/v1/auth/token", "{"), 400);
        assertThat(malformed.getString("parameter")).isEqualTo("body");
        assertThat(malformed.getString("detail")).startsWith("The body is not valid JSON");
        JsonObject array = HttpTestClient.assertProblem(client.post("api/v1/auth/token", "[]"), 400);
        assertThat(array.getString("detail")).isEqualTo("The body must be a JSON object.");
    }

    /** Asserts a problem document with the status; returns it, or null when the response was none. */
    private static JsonObject assertProblem(SoftAssertions softly, String what, HttpResponse<String> response, int status) {
        softly.assertThat(response.statusCode()).as("status of %s: %s", what, abbreviated(response.body())).isEqualTo(status);
        boolean isProblem = response.headers().firstValue("Content-Type").filter(t -> t.startsWith("application/problem+json")).isPresent();
        softly.assertThat(isProblem).as("a problem document for %s: %s", what, response.headers().map()).isTrue();
        if (!isProblem) {
            return null;
        }
        JsonObject problem = HttpTestClient.json(response);
        softly.assertThat(problem.getInt("status", -1)).as("status member for %s", what).isEqualTo(response.statusCode());
        return problem;
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** A JSON value that does not fit a field of some type, and where inside the field the problem must point. */
    private record Wrong(String json, String inside) {
        Wrong(String json) {
            this(json, "");
        }
    }

    private static List<Wrong> wrongValuesFor(Type type) {
        Class<?> raw = raw(type);
        List<Wrong> wrong = new ArrayList<>();
        if (raw == String.class) {
            wrong.addAll(List.of(new Wrong("7"), new Wrong("true"), new Wrong("{}"), new Wrong("[\"x\"]")));
        } else if (Set.of(long.class, Long.class, int.class, Integer.class, short.class, Short.class).contains(raw)) {
            wrong.addAll(List.of(new Wrong("\"x\""), new Wrong("\"7\""), new Wrong("1.5"), new Wrong("1e99"), new Wrong("-1e99"),
                    new Wrong("true"), new Wrong("[7]"), new Wrong("{}")));
            if (raw != long.class && raw != Long.class) {
                wrong.add(new Wrong("2147483648"));
            }
            if (raw.isPrimitive()) {
                wrong.add(new Wrong("null"));
            }
        } else if (Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class).contains(raw)) {
            wrong.addAll(List.of(new Wrong("\"60.5\""), new Wrong("true"), new Wrong("[1]")));
            if (raw != BigDecimal.class) {
                wrong.add(new Wrong("1e999"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            wrong.addAll(List.of(new Wrong("\"true\""), new Wrong("1")));
        } else if (raw.isEnum()) {
            wrong.addAll(List.of(new Wrong("\"NOT_ONE_OF_THEM\""), new Wrong("0"), new Wrong("{}")));
        } else if (Temporal.class.isAssignableFrom(raw)) {
            wrong.addAll(List.of(new Wrong("\"not a time\""), new Wrong("\"25:99\""), new Wrong("7")));
        } else if (isCollection(raw)) {
            wrong.addAll(List.of(new Wrong("\"x\""), new Wrong("{}")));
            wrongValuesFor(typeArgument(type, 0)).stream().findFirst()
                    .ifPresent(element -> wrong.add(new Wrong("[" + element.json() + "]", "[0]" + element.inside())));
        } else if (Map.class.isAssignableFrom(raw)) {
            wrong.addAll(List.of(new Wrong("\"x\""), new Wrong("[]")));
            wrongValuesFor(typeArgument(type, 1)).stream().findFirst()
                    .ifPresent(value -> wrong.add(new Wrong("{\"k\":" + value.json() + "}", ".k" + value.inside())));
        } else if (raw.isRecord()) {
            wrong.addAll(List.of(new Wrong("7"), new Wrong("[]")));
        }
        return wrong;
    }

    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static boolean isCollection(Class<?> raw) {
        return Collection.class.isAssignableFrom(raw) || raw.isArray();
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index ? p.getActualTypeArguments()[index]
                : Object.class;
    }
}
