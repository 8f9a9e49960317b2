package se.larcentra.web.enrolment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.larcentra.account.boundary.PersonalData;
import se.larcentra.enrolment.boundary.EnrolmentRefusedException;
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

    /** Erases the account (only with the box ticked), signs out and goes to the start page. */
    public void deleteAccount() throws IOException {
        if (!confirmDelete) {
            Texts.error("delete:confirm", "applications.delete.confirmRequired");
            return;
        }
        personalData.erase();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // signed out anyway when the session goes
        }
        faces.getExternalContext().invalidateSession();
        Http.redirect("/?deleted=1");
    }

    public boolean isConfirmDelete() {
        return confirmDelete;
    }

    public void setConfirmDelete(boolean confirmDelete) {
        this.confirmDelete = confirmDelete;
    }
}
