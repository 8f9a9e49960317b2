package se.larcentra.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import se.larcentra.account.boundary.AccountRefusedException;
import se.larcentra.platform.boundary.ServiceBusyException;
import se.larcentra.platform.boundary.TooManyRequestsException;
import se.larcentra.web.Http;
import se.larcentra.web.security.ClientAddress;
import se.larcentra.account.boundary.NewLearner;
import se.larcentra.account.boundary.Registration;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.web.Texts;
import se.larcentra.web.i18n.LocaleBean;

/**
 * Registration of a learner. Every field is checked here first, so each problem is told next to
 * its field in the user's language; what only the server can know (a taken username) comes back
 * from the boundary. Nothing typed is lost: the form shows it again, except the password.
 */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    Registration registration;

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean locale;

    private String name;
    private String username;
    private String email;
    private String municipality;
    private String language;
    private String password;
    private boolean registered;

    public List<Municipality> getMunicipalities() {
        return catalog.municipalities();
    }

    public void register() {
        boolean ok = true;
        if (blank(name)) {
            Texts.error("register:name", "register.name.required");
            ok = false;
        }
        if (blank(username) || !username.strip().matches("[A-Za-z0-9][A-Za-z0-9._@-]{2,59}")) {
            Texts.error("register:username", "register.username.invalid");
            ok = false;
        }
        if (blank(email) || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            Texts.error("register:email", "register.email.invalid");
            ok = false;
        }
        if (blank(municipality)) {
            Texts.error("register:municipality", "register.municipality.required");
            ok = false;
        }
        if (password == null || password.length() < 10) {
            Texts.error("register:password", "register.password.short");
            ok = false;
        }
        if (!ok) {
            return;
        }
        String lang = "en".equals(language) ? "en" : "sv";
        try {
            registration.register(new NewLearner(username.strip(), email.strip(), name.strip(), municipality, lang, password),
                    ClientAddress.of(Http.request()));
            registered = true;
        } catch (TooManyRequestsException e) {
            Texts.error(null, "throttled", e.retryAfterSeconds());
        } catch (ServiceBusyException e) {
            Texts.error(null, "busy");
        } catch (jakarta.ejb.EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConstraintViolationException) {
                Texts.error(null, "register.invalid");
            } else {
                throw e;
            }
        } catch (ConstraintViolationException e) {
            Texts.error(null, "register.invalid");
        } catch (AccountRefusedException e) {
            switch (e.reason()) {
                case USERNAME_TAKEN -> Texts.error("register:username", "register.username.taken");
                case USERNAME_LOOKS_LIKE_EMAIL -> Texts.error("register:username", "register.username.email");
                case EMAIL_TAKEN -> Texts.error("register:email", "register.email.taken");
                case PASSWORD_IS_USERNAME -> Texts.error("register:password", "register.password.username");
                case PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG -> Texts.error("register:password", "register.password.short");
                default -> Texts.error(null, "register.invalid");
            }
        } finally {
            password = null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getLanguage() {
        return language == null ? locale.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
