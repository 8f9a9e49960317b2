package se.larcentra.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {

    @AfterEach
    void forgetTheAddress() {
        System.clearProperty("LARCENTRA_BASE_URL");
    }

    @Test
    void onlyAnHttpsBaseAddressMakesTheServiceHttpsOnly() {
        assertThat(TransportSecurity.httpsOnly(Optional.of("https://larcentra.example/"))).isTrue();
        assertThat(TransportSecurity.httpsOnly(Optional.of(" HTTPS://larcentra.example"))).isTrue();
        assertThat(TransportSecurity.httpsOnly(Optional.of("http://localhost:8080/"))).isFalse();
        assertThat(TransportSecurity.httpsOnly(Optional.empty())).isFalse();
    }

    @Test
    void anHttpsInstallationSendsHstsAndMarksTheSessionCookieSecure() {
        System.setProperty("LARCENTRA_BASE_URL", "https://larcentra.example/");
        assertThat(TransportSecurity.hstsHeader()).contains("max-age=31536000; includeSubDomains");
        assertThat(secureCallsAtStart()).containsExactly(true);
    }

    @Test
    void anHttpInstallationLeavesBothAlone() {
        System.setProperty("LARCENTRA_BASE_URL", "http://localhost:8080/");
        assertThat(TransportSecurity.hstsHeader()).isEmpty();
        assertThat(secureCallsAtStart()).isEmpty();
    }

    /** What the listener sets on the session cookie's configuration when the application starts. */
    private static List<Boolean> secureCallsAtStart() {
        List<Boolean> calls = new ArrayList<>();
        SessionCookieConfig cookie = (SessionCookieConfig) Proxy.newProxyInstance(TransportSecurityTest.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setSecure")) {
                        calls.add((Boolean) args[0]);
                    }
                    return null;
                });
        ServletContext context = (ServletContext) Proxy.newProxyInstance(TransportSecurityTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> method.getName().equals("getSessionCookieConfig") ? cookie : null);
        new TransportSecurity().contextInitialized(new ServletContextEvent(context));
        return calls;
    }
}
