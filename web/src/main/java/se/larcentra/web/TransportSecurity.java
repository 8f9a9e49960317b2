package se.larcentra.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import se.larcentra.platform.boundary.Settings;

/**
 * When the service's public address ({@code LARCENTRA_BASE_URL}) is {@code https}, it is only ever
 * used over TLS: the session cookie is {@code Secure} (never sent in clear, even to a mistyped
 * {@code http://} link) and every response carries HSTS, so browsers go straight to https.
 */
@WebListener
public class TransportSecurity implements ServletContextListener {

    /** A year, as HSTS preload lists ask. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    static boolean httpsOnly(Optional<String> baseUrl) {
        return baseUrl.map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
    }

    /** The {@code Strict-Transport-Security} value for this installation, if it is https only. */
    static Optional<String> hstsHeader() {
        return httpsOnly(Settings.get("LARCENTRA_BASE_URL")) ? Optional.of(HSTS) : Optional.empty();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (httpsOnly(Settings.get("LARCENTRA_BASE_URL"))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
