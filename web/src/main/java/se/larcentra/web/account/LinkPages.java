package se.larcentra.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.larcentra.account.boundary.AccountRefusedException;
import se.larcentra.platform.boundary.ServiceBusyException;
import se.larcentra.platform.boundary.TooManyRequestsException;
import se.larcentra.web.Http;
import se.larcentra.web.security.ClientAddress;
import se.larcentra.account.boundary.Registration;
import se.larcentra.web.Texts;

/**
 * The pages behind mailed links and the request for one: confirming an e-mail address, asking for
 * a password reset, and choosing a new password with the reset link.
 */
@Named
@RequestScoped
public class LinkPages {

    @Inject
    Registration registration;

    private String token;
    private String email;
    private String password;
    /** What happened: confirmed, invalid, sent, reset. Null before anything was done. */
    private String outcome;

    /** View action of the confirmation page: the link is used as it is opened. */
    public void confirm() {
        try {
            registration.confirmEmail(token);
            outcome = "confirmed";
        } catch (AccountRefusedException e) {
            outcome = "invalid";
        }
    }

    public void requestReset() {
        try {
            registration.requestPasswordReset(email, ClientAddress.of(Http.request()));
            outcome = "sent"; // the same answer for every address
        } catch (TooManyRequestsException e) {
            Texts.error(null, "throttled", e.retryAfterSeconds());
        }
    }

    public void reset() {
        if (password == null || password.length() < 10) {
            Texts.error("reset:password", "register.password.short");
            return;
        }
        try {
            registration.resetPassword(token, password);
            outcome = "reset";
        } catch (ServiceBusyException e) {
            Texts.error(null, "busy");
        } catch (AccountRefusedException e) {
            switch (e.reason()) {
                case LINK_INVALID -> outcome = "invalid";
                case PASSWORD_IS_USERNAME -> Texts.error("reset:password", "register.password.username");
                default -> Texts.error("reset:password", "register.password.short");
            }
        } finally {
            password = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOutcome() {
        return outcome;
    }
}
