package se.larcentra.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an API call that changes something, made with the session cookie, comes from this site's
 * own pages rather than from another site riding on the cookie (CSRF). The browser attaches the
 * cookie to a request another site makes, but tells where the request comes from in {@code Origin},
 * which a page cannot forge, and lets another site's page set a custom header such as
 * {@code X-Requested-With} only after a CORS preflight, which this server never grants. So such a
 * call must carry an {@code Origin} of this site (the request's own, or {@code LARCENTRA_BASE_URL}'s
 * behind a proxy), or, where a client sends no {@code Origin}, the custom header. A foreign or
 * {@code null} Origin is refused even with the header. Calls with a bearer token need none of this:
 * a browser never adds the token by itself.
 */
public final class CrossSiteRequests {

    /** The custom header a script of this site's pages (or any non-browser client) may send instead of an Origin. */
    public static final String CUSTOM_HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CrossSiteRequests() {
    }

    /**
     * Why the call is refused, or empty when it may go on.
     *
     * @param origin        the request's {@code Origin} header, or null
     * @param requestedWith its {@code X-Requested-With} header, or null
     * @param ownOrigin     the origin the request was addressed to ({@code scheme://host:port}, from its Host)
     * @param baseUrl       {@code LARCENTRA_BASE_URL}, or null when unset
     */
    public static Optional<String> refusal(String method, String origin, String requestedWith, String ownOrigin, String baseUrl) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (origin == null || origin.isBlank()) {
            return requestedWith == null || requestedWith.isBlank()
                    ? Optional.of("A change made with the session cookie must carry this site's Origin or an " + CUSTOM_HEADER
                            + " header (or use a bearer token).")
                    : Optional.empty();
        }
        Optional<String> from = normalised(origin);
        if (from.isPresent() && (from.equals(normalised(ownOrigin)) || from.equals(normalised(baseUrl)))) {
            return Optional.empty();
        }
        return Optional.of("A change made with the session cookie is accepted only from this site's own pages, not from "
                + origin.strip() + ".");
    }

    /** {@code scheme://host:port} in lower case with the port spelt out, or empty for anything that is not an http(s) origin. */
    static Optional<String> normalised(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
