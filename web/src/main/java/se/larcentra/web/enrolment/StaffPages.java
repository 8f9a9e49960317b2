package se.larcentra.web.enrolment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.larcentra.enrolment.entity.EnrolmentRefusedException;
import se.larcentra.enrolment.boundary.EnrolmentView;
import se.larcentra.enrolment.boundary.Enrolments;
import se.larcentra.enrolment.entity.EnrolmentStatus;
import se.larcentra.web.Http;
import se.larcentra.web.Texts;
import se.larcentra.web.i18n.LocaleBean;

/**
 * Teachers' and coordinators' pages: the offerings they handle, and one offering's learners by
 * status (admitted, waiting in order, awaiting approval) with approve and reject.
 */
@Named
// View-scoped so that the decision forms, repeated over the roster, exist while Faces decodes a postback.
@ViewScoped
public class StaffPages implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Enrolments enrolments;

    @Inject
    LocaleBean locale;

    @Inject
    se.larcentra.catalog.boundary.Catalog catalog;

    private String title = "";

    private String id;
    // Per application, keyed by its id: the roster is one form, so each row's fields are its own.
    private final java.util.Map<Long, String> reasons = new java.util.HashMap<>();
    private final java.util.Map<Long, String> moveTargets = new java.util.HashMap<>();
    private final java.util.Map<Long, String> moveReasons = new java.util.HashMap<>();
    private final java.util.Map<Long, Boolean> windowOverrides = new java.util.HashMap<>();
    private transient List<Enrolments.StaffOffering> siblings;
    private transient List<EnrolmentView> roster;

    public List<Enrolments.StaffOffering> getOfferings() {
        return enrolments.staffOfferings(locale.getLanguage());
    }

    /** View action of the roster page: a 404 for an unknown offering (a 403 when not the caller's comes from the boundary). */
    public String load() {
        var offering = Http.parseId(id);
        if (offering.isEmpty()) {
            return Http.notFound();
        }
        var found = catalog.findOffering(offering.get());
        if (found.isEmpty()) {
            return Http.notFound();
        }
        title = found.get().getCourse().title(locale.getLanguage());
        try {
            roster = enrolments.roster(offering.get());
        } catch (se.larcentra.catalog.boundary.OfferingNotFoundException e) {
            return Http.notFound();
        }
        return null;
    }

    public List<EnrolmentView> with(String status) {
        EnrolmentStatus wanted = EnrolmentStatus.valueOf(status);
        return roster.stream().filter(e -> e.status() == wanted)
                .sorted(java.util.Comparator.comparing((EnrolmentView e) -> e.waitlistPosition() == null ? 0 : e.waitlistPosition())
                        .thenComparing(EnrolmentView::appliedAt))
                .toList();
    }

    public List<EnrolmentView> getEnded() {
        return roster.stream().filter(e -> !e.status().isActive()).toList();
    }

    public String getTitle() {
        return title;
    }

    public void decide(long enrolmentId, String decision) throws IOException {
        try {
            enrolments.decide(enrolmentId, Enrolments.Decision.valueOf(decision), reasons.get(enrolmentId));
            Texts.afterRedirect("staff.decided");
            se.larcentra.web.Http.redirect("/staff/offering.xhtml?id=" + id);
        } catch (EnrolmentRefusedException e) {
            Texts.error(null, e.reason() == EnrolmentRefusedException.Reason.REASON_REQUIRED ? "staff.reasonRequired" : "staff.notPending");
            load();
        }
    }

    /** Other offerings of the same course, to move an application to. */
    public List<Enrolments.StaffOffering> getSiblings() {
        if (siblings == null) {
            siblings = Http.parseId(id).map(o -> enrolments.siblings(o, locale.getLanguage())).orElse(List.of());
        }
        return siblings;
    }

    public void move(long enrolmentId) throws IOException {
        var to = Http.parseId(moveTargets.get(enrolmentId));
        if (to.isEmpty()) {
            Texts.error(null, "staff.move.choose");
            return;
        }
        try {
            enrolments.move(enrolmentId, to.get(), moveReasons.get(enrolmentId),
                    Boolean.TRUE.equals(windowOverrides.get(enrolmentId)));
            Texts.afterRedirect("staff.moved");
            se.larcentra.web.Http.redirect("/staff/offering.xhtml?id=" + id);
        } catch (EnrolmentRefusedException e) {
            Texts.error(null, switch (e.reason()) {
                case ALREADY_ENROLLED -> "staff.move.already";
                case NOT_ACTIVE -> "staff.notPending";
                case APPLICATION_CLOSED -> "staff.move.closed";
                case REASON_REQUIRED -> "staff.move.reasonRequired";
                default -> "staff.move.failed";
            });
            load();
        }
    }

    /** Per application: whether an administrator overrides the target's application window. */
    public java.util.Map<Long, Boolean> getWindowOverrides() {
        return windowOverrides;
    }

    public java.util.Map<Long, String> getReasons() {
        return reasons;
    }

    public java.util.Map<Long, String> getMoveTargets() {
        return moveTargets;
    }

    public java.util.Map<Long, String> getMoveReasons() {
        return moveReasons;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
