package se.larcentra.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.larcentra.account.boundary.LoginThrottledException;
import se.larcentra.platform.boundary.ServiceBusyException;
import se.larcentra.web.Texts;
import se.larcentra.web.security.LarcentraAuthentication;

/**
 * The login form. Credentials go to the authentication mechanism through
 * {@link SecurityContext#authenticate}; it changes the session id on success. Then the user goes
 * where they were headed ({@code next}, only ever a path on this site) or to their start page.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser user;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + destination());
            faces.responseComplete();
            return;
        }
        Object failure = request.getAttribute(LarcentraAuthentication.LOGIN_FAILURE);
        if (failure instanceof LoginThrottledException throttled) {
            Texts.error(null, "login.throttled", throttled.retryAfterSeconds());
        } else if (failure instanceof ServiceBusyException) {
            Texts.error(null, "busy");
        } else {
            Texts.error(null, "login.failed");
        }
    }

    /** Where to go after signing in: {@code next} if it is a path on this site, else the user's own page. */
    String destination() {
        if (next != null && next.matches("/[A-Za-z0-9/._?=&%-]*") && !next.startsWith("//") && !next.startsWith("/login")) {
            return next;
        }
        if (user.isLearner()) {
            return "/me/applications.xhtml";
        }
        return user.isStaff() ? "/staff/index.xhtml" : "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
