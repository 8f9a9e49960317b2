package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server gives away to whoever connects (issue 11, point 8), as {@code bin/larcentra}
 * configures a domain: no response names the server or its version (Payara sends {@code Server} and
 * {@code X-Powered-By} with both by default), the admin interface wants the domain's generated
 * password, and its listener answers on the loopback interface only.
 */
@ExtendWith(ArquillianExtension.class)
class ServerExposureIT {

    /** The IT domain's admin port, as in arquillian.xml. */
    private static final int ADMIN_PORT = 20048;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noResponseNamesTheServerOrItsVersion() throws Exception {
        for (String path : List.of("", "catalog.xhtml?lang=en", "api/v1/offerings?size=1", "resources/css/larcentra.css",
                "jakarta.faces.resource/css/larcentra.css.xhtml", "no-such-page", "api/v1/no-such-resource",
                "api/v1/me/enrolments")) {
            HttpResponse<String> response = get(URI.create(base.toString()).resolve(path));
            assertAnonymous(path + " (" + response.statusCode() + ")", response.headers().map());
        }
        // The admin listener's own answers too.
        HttpResponse<String> admin = get(adminUri(), "X-Requested-By", "x");
        assertAnonymous("the admin interface", admin.headers().map());
        // And the answer Grizzly gives by itself to a request it cannot parse, before any servlet.
        String raw = rawExchange(URI.create(base.toString()).getPort(),
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: many\r\n\r\n");
        assertThat(raw).as("answer to a malformed request").startsWith("HTTP/1.1 400");
        assertThat(raw.substring(0, raw.indexOf("\r\n\r\n") < 0 ? raw.length() : raw.indexOf("\r\n\r\n")))
                .as("headers of the answer to a malformed request")
                .doesNotContainIgnoringCase("X-Powered-By").doesNotContainIgnoringCase("Payara")
                .doesNotContainIgnoringCase("GlassFish").doesNotContainIgnoringCase("Grizzly");
    }

    @Test
    void theAdminInterfaceWantsTheDomainsPassword() throws Exception {
        HttpResponse<String> anonymous = get(adminUri(), "X-Requested-By", "x");
        assertThat(anonymous.statusCode()).as("the admin REST interface without credentials: %s", anonymous.body())
                .isEqualTo(401);
        HttpResponse<String> wrong = get(adminUri(), "X-Requested-By", "x", "Authorization", basic("admin", ""));
        assertThat(wrong.statusCode()).as("with an empty password").isEqualTo(401);

        String password = ItDomainAdminPassword.read().orElseThrow(() -> new AssertionError(
                "no admin password in " + ItDomainAdminPassword.file() + " (it-start makes one)"));
        assertThat(password).as("the generated password").hasSizeGreaterThanOrEqualTo(32);
        HttpResponse<String> admin = get(adminUri(), "X-Requested-By", "x", "Accept", "application/json",
                "Authorization", basic("admin", password));
        assertThat(admin.statusCode()).as("with the password from the domain's config/asadmin-password").isEqualTo(200);
    }

    @Test
    void theAdminListenerAnswersOnTheLoopbackInterfaceOnly() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "this host has no non-loopback IPv4 address to try");
        InetAddress address = external.get();
        int httpPort = URI.create(base.toString()).getPort();

        try (Socket web = connect(address, httpPort)) {
            assertThat(web.isConnected()).as("the HTTP listener on %s (so the address itself is reachable)", address).isTrue();
        }
        assertThatThrownBy(() -> connect(address, ADMIN_PORT).close())
                .as("the admin listener on %s", address).isInstanceOf(ConnectException.class);
        try (Socket loopback = connect(InetAddress.getByName("127.0.0.1"), ADMIN_PORT)) {
            assertThat(loopback.isConnected()).as("the admin listener on 127.0.0.1").isTrue();
        }
    }

    private static void assertAnonymous(String what, java.util.Map<String, List<String>> headers) {
        List<String> poweredBy = headerValues(headers, "X-Powered-By");
        assertThat(poweredBy).as("X-Powered-By of %s", what).isEmpty();
        for (String server : headerValues(headers, "Server")) {
            assertThat(server).as("Server header of %s", what).doesNotContainPattern("[0-9]")
                    .doesNotContainIgnoringCase("Payara").doesNotContainIgnoringCase("GlassFish")
                    .doesNotContainIgnoringCase("Grizzly");
        }
    }

    private static List<String> headerValues(java.util.Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private HttpResponse<String> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI adminUri() {
        return URI.create("http://localhost:" + ADMIN_PORT + "/management/domain");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Socket connect(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), 5_000);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends bytes as they are (no client library would send a malformed request) and reads the answer. */
    private static String rawExchange(int port, String request) throws IOException {
        try (Socket socket = connect(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
        }
    }

    /** An IPv4 address of this host other than loopback, if it has one. */
    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
