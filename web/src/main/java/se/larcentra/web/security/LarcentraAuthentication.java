package se.larcentra.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import se.larcentra.account.boundary.Authentication;
import se.larcentra.account.boundary.Caller;
import se.larcentra.api.Problem;
import se.larcentra.platform.boundary.Settings;

/**
 * The one authentication mechanism (Jakarta Security 3 allows one per application):
 * <ul>
 * <li>{@code Authorization: Bearer <token>}: the token's account for this request only, no session;
 * an unknown, expired or revoked token is a 401 problem.</li>
 * <li>Credentials from the login page ({@code SecurityContext.authenticate}): checked by
 * {@link Authentication#login} (throttled per username and {@link ClientAddress}); on success the
 * session id changes (no fixation) and the session remembers the account, its credential version and
 * when it signed in. A failure is left to the login page to tell (wrong password, throttled).</li>
 * <li>Otherwise the session's account, as it is now: signed out when it was deactivated or its
 * password changed since (the credential version moved on), or when the session is older than
 * {@code LARCENTRA_SESSION_MAX_SECONDS} (default 8 hours), however active it has been. Under
 * {@code /api/} a call that changes something must also show that it comes from this site's own
 * pages ({@link CrossSiteRequests}), else it is a 403 problem: the browser sends the cookie with
 * requests other sites make.</li>
 * <li>Nobody, on a protected address: a 401 problem under {@code /api/}, else the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class LarcentraAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in account's id. */
    public static final String SESSION_ACCOUNT = "larcentra.account";
    /** Session attribute holding the credential version the session signed in with. */
    static final String SESSION_CREDENTIAL = "larcentra.credential";
    /** Session attribute holding when the session signed in (epoch milliseconds). */
    static final String SESSION_SIGNED_IN_AT = "larcentra.signedInAt";
    /** Request attribute where a failed form login leaves its exception for the login page. */
    public static final String LOGIN_FAILURE = "larcentra.loginFailure";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    Authentication authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            Optional<Caller> caller = authentication.callerOfToken(bearer.get());
            if (caller.isEmpty()) {
                return problem(context, response, 401, "The token is unknown, expired or revoked. Get a new one at POST /api/v1/auth/token.");
            }
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            try {
                Caller caller = authentication.login(password.getCaller(), password.getPasswordAsString(),
                        ClientAddress.of(request));
                request.getSession(true);
                request.changeSessionId();
                HttpSession session = request.getSession();
                session.setAttribute(SESSION_ACCOUNT, caller.accountId());
                session.setAttribute(SESSION_CREDENTIAL, caller.credentialVersion());
                session.setAttribute(SESSION_SIGNED_IN_AT, System.currentTimeMillis());
                return context.notifyContainerAboutLogin(caller.username(), caller.roles());
            } catch (RuntimeException failure) {
                request.setAttribute(LOGIN_FAILURE, failure);
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        HttpSession session = request.getSession(false);
        Object accountId = session == null ? null : session.getAttribute(SESSION_ACCOUNT);
        if (accountId instanceof Long id) {
            if (isApi(request)) {
                Optional<String> crossSite = CrossSiteRequests.refusal(request.getMethod(), request.getHeader("Origin"),
                        request.getHeader(CrossSiteRequests.CUSTOM_HEADER), ownOrigin(request), baseUrl());
                if (crossSite.isPresent()) {
                    return problem(context, response, 403, crossSite.get());
                }
            }
            Optional<Caller> caller = withinLifetime(session, System.currentTimeMillis(), MAX_SESSION)
                    && session.getAttribute(SESSION_CREDENTIAL) instanceof Integer version
                    ? authentication.callerOfAccount(id, version) : Optional.empty();
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return problem(context, response, 401, "Sign in to do this: send Authorization: Bearer <token>.");
        }
        try {
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Whether the session signed in less than {@code lifetime} before {@code now} (a session that never did: no). */
    static boolean withinLifetime(HttpSession session, long now, Duration lifetime) {
        return session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Long signedInAt && now - signedInAt < lifetime.toMillis();
    }

    private static final Duration MAX_SESSION = Settings.seconds("LARCENTRA_SESSION_MAX_SECONDS", Duration.ofHours(8).toSeconds());

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ACCOUNT);
            session.removeAttribute(SESSION_CREDENTIAL);
            session.removeAttribute(SESSION_SIGNED_IN_AT);
        }
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    /** Where the request was sent, as its Host header says: {@code scheme://host:port}. */
    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]"; // an IPv6 address
        }
        return request.getScheme() + "://" + host + ":" + request.getServerPort();
    }

    /** {@code LARCENTRA_BASE_URL}, the service's public address, if set. */
    private static String baseUrl() {
        return Settings.get("LARCENTRA_BASE_URL").orElse(null);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus problem(HttpMessageContext context, HttpServletResponse response, int status, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"larcentra\"");
            }
            Problem problem = Problem.of(status, detail);
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("type", problem.type())
                    .add("title", problem.title()).add("status", status).add("detail", detail).build().toString());
        } catch (IOException e) {
            // the client went away; the status is all it would have got
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
