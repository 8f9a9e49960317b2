package se.larcentra.api.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every caller of the helper is anonymous. Without a mechanism of its own the WAR would still get
 * Jakarta Security's bridge (it is installed for every web module of an application that has a
 * mechanism, here web.war's), which then finds no mechanism bean visible from this WAR and fails
 * each request with a NullPointerException. Who may call is decided by {@link LocalCallersOnly}.
 */
@ApplicationScoped
public class NoAuthentication implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return context.doNothing();
    }
}
