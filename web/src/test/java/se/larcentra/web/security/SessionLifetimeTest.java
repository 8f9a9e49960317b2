package se.larcentra.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Duration EIGHT_HOURS = Duration.ofHours(8);
    private static final long SIGNED_IN = 1_800_000_000_000L;

    /** A session holding just these attributes. */
    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(SessionLifetimeTest.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> method.getName().equals("getAttribute") ? attributes.get((String) args[0]) : null);
    }

    @Test
    void aSessionEndsEightHoursAfterSigningInHoweverActiveItWas() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(LarcentraAuthentication.SESSION_SIGNED_IN_AT, SIGNED_IN);
        HttpSession signedIn = session(attributes);
        assertThat(LarcentraAuthentication.withinLifetime(signedIn, SIGNED_IN + EIGHT_HOURS.toMillis() - 1, EIGHT_HOURS)).isTrue();
        assertThat(LarcentraAuthentication.withinLifetime(signedIn, SIGNED_IN + EIGHT_HOURS.toMillis(), EIGHT_HOURS)).isFalse();
    }

    @Test
    void aSessionWithoutASignInTimeIsNotASignedInOne() {
        assertThat(LarcentraAuthentication.withinLifetime(session(Map.of()), SIGNED_IN, EIGHT_HOURS)).isFalse();
    }
}
