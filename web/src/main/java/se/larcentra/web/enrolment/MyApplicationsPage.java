package se.larcentra.web.enrolment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.larcentra.account.boundary.AccountRefusedException;
import se.larcentra.account.boundary.PersonalData;
import se.larcentra.platform.boundary.ServiceBusyException;
import se.larcentra.enrolment.entity.EnrolmentRefusedException;
import se.larcentra.enrolment.boundary.EnrolmentView;
import se.larcentra.enrolment.boundary.Enrolments;
import se.larcentra.web.Http;
import se.larcentra.web.PrettyUrls;
import se.larcentra.web.Texts;

/**
 * "My applications": every enrolment of the signed-in learner with its status and whole history,
 * withdrawing, downloading one's data and deleting the account.
 */
@Named
@RequestScoped
public class MyApplicationsPage {

    @Inject
    Enrolments enrolments;

    @Inject
    PersonalData personalData;

    private List<EnrolmentView> items;
    private boolean confirmDelete;
    private String password;

    public List<EnrolmentView> getItems() {
        if (items == null) {
            items = enrolments.mine();
        }
        return items;
    }

    public String offeringHref(EnrolmentView e) {
        return PrettyUrls.offering(e.offeringId());
    }

    public void withdraw(long enrolmentId) throws IOException {
        try {
            EnrolmentView withdrawn = enrolments.withdraw(enrolmentId);
            Texts.afterRedirect("applications.withdrawn", withdrawn.courseTitle());
        } catch (EnrolmentRefusedException e) {
            Texts.afterRedirect("applications.notActive");
        }
        Http.redirect("/me/applications.xhtml");
    }

    /** Erases the account (only with the box ticked and the password given again), signs out and goes to the start page. */
    public void deleteAccount() throws IOException {
        String given = password;
        password = null;
        if (!confirmDelete) {
            Texts.error("delete:confirm", "applications.delete.confirmRequired");
            return;
        }
        try {
            personalData.erase(given == null ? "" : given);
        } catch (AccountRefusedException wrong) {
            Texts.error("delete:password", "applications.delete.password.wrong");
            return;
        } catch (ServiceBusyException busy) {
            Texts.error(null, "busy");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // signed out anyway when the session goes
        }
        faces.getExternalContext().invalidateSession();
        Http.redirect("/?deleted=1");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmDelete() {
        return confirmDelete;
    }

    public void setConfirmDelete(boolean confirmDelete) {
        this.confirmDelete = confirmDelete;
    }
}
