package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client for the system tests: one visitor (its own cookies and its own client address), requests
 * relative to the app's URL. The IT domain trusts the loopback as a proxy, so each client poses as a
 * visitor at an address of its own ({@code X-Forwarded-For}, from the benchmarking range
 * 198.18.0.0/15): the limits per address that one test runs into do not hold up another.
 */
public final class HttpTestClient {

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(60_000));

    private final URI base;
    private final String address;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final HttpClient.Version version;

    /**
     * A visitor speaking HTTP/1.1, as browsers and curl do over plain HTTP. (Java's client would
     * otherwise upgrade to HTTP/2 without TLS, h2c, which no browser speaks and which Payara's
     * listener answered wrongly now and then: reset streams, the error page for a request refused
     * before its body was read.)
     */
    public HttpTestClient(URL base) {
        this(base, HttpClient.Version.HTTP_1_1);
    }

    /**
     * @param version {@code HTTP_1_1} to keep to HTTP/1.1; with {@code HTTP_2} the client upgrades its
     *                plain connection to HTTP/2 (h2c) where the server agrees
     */
    public HttpTestClient(URL base, HttpClient.Version version) {
        this(URI.create(base.toString()), newAddress(), version);
    }

    private HttpTestClient(URI base, String address, HttpClient.Version version) {
        this.base = base;
        this.address = address;
        this.version = version;
        this.client = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Another visitor (no cookies) at another address. */
    public HttpTestClient newVisitor() {
        return new HttpTestClient(base, newAddress(), version);
    }

    /** Another visitor (no cookies) at the given address. */
    public HttpTestClient visitorAt(String clientAddress) {
        return new HttpTestClient(base, clientAddress, version);
    }

    /** The address this visitor poses at. */
    public String address() {
        return address;
    }

    /** A fresh address in 198.18.0.0/15, never one that an earlier client of this run had. */
    public static String newAddress() {
        int n = ADDRESSES.incrementAndGet() & 0x1ffff;
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    public HttpResponse<String> get(String relative, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(relative)).timeout(Duration.ofSeconds(30)).GET()
                .header("X-Forwarded-For", address);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in through the login page, as a browser does (the page's view state, then the form);
     * returns the form post's response (302 to the user's page when it worked).
     */
    public HttpResponse<String> signIn(String username, String password) throws Exception {
        HttpResponse<String> page = get("login.xhtml");
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(viewState.find()).as("the login page's view state").isTrue();
        return postForm("login.xhtml", java.util.Map.of("login", "login", "username", username, "password", password,
                "submit", "Logga in", "jakarta.faces.ViewState", viewState.group(1)));
    }

    /** The value of a cookie this visitor holds, if any. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** POSTs a form ({@code application/x-www-form-urlencoded}) of name/value pairs. */
    public HttpResponse<String> postForm(String relative, java.util.Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(relative)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a JSON body (or nothing, when {@code json} is null). */
    public HttpResponse<String> post(String relative, String json, String... headers) throws Exception {
        return send("POST", relative, json, headers);
    }

    public HttpResponse<String> put(String relative, String json, String... headers) throws Exception {
        return send("PUT", relative, json, headers);
    }

    public HttpResponse<String> delete(String relative, String... headers) throws Exception {
        return send("DELETE", relative, null, headers);
    }


    private HttpResponse<String> send(String method, String relative, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(relative)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("X-Forwarded-For", address);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Any request: {@code body} sent as it is with {@code contentType} (no Content-Type header when
     * that is null, no body when {@code body} is null), for tests of what the server does with
     * requests no well-behaved client sends.
     */
    public HttpResponse<String> request(String method, String relative, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(relative)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Authorization header of a bearer token, for the {@code headers} arguments. */
    public static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /**
     * A POST as a well-behaved client sends it: answered 503 (the server's password hashing busy) or
     * 429, it waits as {@code Retry-After} says and tries again, a few times. For set-up steps, not
     * for tests of those answers.
     */
    public HttpResponse<String> postPatiently(String relative, String json, String... headers) throws Exception {
        HttpResponse<String> response = post(relative, json, headers);
        for (int attempt = 1; attempt < 6 && (response.statusCode() == 503 || response.statusCode() == 429); attempt++) {
            long seconds = response.headers().firstValue("Retry-After").filter(v -> v.matches("[0-9]{1,3}")).map(Long::parseLong).orElse(1L);
            Thread.sleep(Math.max(1, seconds) * 1000);
            response = post(relative, json, headers);
        }
        return response;
    }

    /** A bearer token for these credentials, from {@code POST /api/v1/auth/token}. */
    public String token(String username, String password) throws Exception {
        HttpResponse<String> response = postPatiently("api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build().toString());
        assertThat(response.statusCode()).as("token for %s: %s", username, response.body()).isEqualTo(200);
        return json(response).getString("token");
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static void assertJson(HttpResponse<String> response, int status, String mediaType) {
        assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", response.uri())
                .hasValueSatisfying(type -> assertThat(type).startsWith(mediaType));
    }

    /** Asserts an RFC 9457 problem document with the status, and returns it. */
    public static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertJson(response, status, "application/problem+json");
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).as("status member of %s", response.body()).isEqualTo(status);
        assertThat(problem.getString("title", "")).as("title member of %s", response.body()).isNotBlank();
        return problem;
    }
}
