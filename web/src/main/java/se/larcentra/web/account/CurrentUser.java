package se.larcentra.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import se.larcentra.account.entity.Role;

/** Who is signed in, for the pages: the name in the header, which menu items to show, and logout. */
@Named("user")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : "";
    }

    public boolean isLearner() {
        return security.isCallerInRole(Role.LEARNER_NAME);
    }

    public boolean isStaff() {
        return security.isCallerInRole(Role.TEACHER_NAME) || security.isCallerInRole(Role.COORDINATOR_NAME)
                || security.isCallerInRole(Role.ADMINISTRATOR_NAME);
    }

    public boolean isCoordinator() {
        return security.isCallerInRole(Role.COORDINATOR_NAME);
    }

    /** Looks after centres: their rooms and opening hours (administrators: every centre). */
    public boolean isCentreManager() {
        return isCoordinator() || isAdministrator();
    }

    public boolean isAdministrator() {
        return security.isCallerInRole(Role.ADMINISTRATOR_NAME);
    }

    /** Signs out (a POST from the header's form, so no other site can sign anyone out) and goes home. */
    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // signed out already
        }
        faces.getExternalContext().invalidateSession();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/?signedOut=1");
        faces.responseComplete();
    }
}
