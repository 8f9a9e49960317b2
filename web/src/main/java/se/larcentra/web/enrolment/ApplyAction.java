package se.larcentra.web.enrolment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import se.larcentra.catalog.boundary.OfferingNotFoundException;
import se.larcentra.enrolment.boundary.ApplyResult;
import se.larcentra.enrolment.entity.EnrolmentRefusedException;
import se.larcentra.enrolment.boundary.Enrolments;
import se.larcentra.web.Texts;

/** The "Apply" button of an offering's page: applies and shows the outcome on "My applications". */
@Named
@RequestScoped
public class ApplyAction {

    @Inject
    Enrolments enrolments;

    private String offeringId;

    public void apply() throws IOException {
        offeringId = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("offering");
        long id;
        try {
            id = Long.parseLong(offeringId);
        } catch (NumberFormatException | NullPointerException e) {
            Texts.error(null, "apply.failed");
            return;
        }
        try {
            ApplyResult result = enrolments.apply(id);
            var e = result.enrolment();
            switch (e.status()) {
                case ADMITTED -> Texts.afterRedirect("apply.admitted", e.courseTitle());
                case WAITLISTED -> Texts.afterRedirect("apply.waitlisted", e.courseTitle(), e.waitlistPosition());
                default -> Texts.afterRedirect("apply.pending", e.courseTitle());
            }
            if (result.studyLoadWarning()) {
                Texts.afterRedirect("apply.studyLoad", result.overlappingPacePercent().orElse(0));
            }
            se.larcentra.web.Http.redirect("/me/applications.xhtml");
        } catch (EnrolmentRefusedException e) {
            Texts.error(null, switch (e.reason()) {
                case ALREADY_ENROLLED -> "apply.already";
                case APPLICATION_CLOSED -> "apply.closed";
                default -> "apply.failed";
            });
        } catch (OfferingNotFoundException e) {
            Texts.error(null, "apply.failed");
        }
    }

    public String getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(String offeringId) {
        this.offeringId = offeringId;
    }
}
