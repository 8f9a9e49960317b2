package se.larcentra.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.larcentra.enrolment.entity.Enrolment;
import se.larcentra.enrolment.entity.EnrolmentStatus;
import se.larcentra.mail.control.Outbox;
import se.larcentra.platform.control.AuditLog;

/**
 * Every change of an enrolment's state goes through here, under the offering row's lock (taken by
 * the caller with {@link SeatLedger#lock}): the seat counts follow, the step is written to the
 * enrolment's history and the audit log, and the learner is told by mail, all in the one transaction.
 */
@ApplicationScoped
public class EnrolmentMoves {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    SeatLedger seats;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Moves {@code enrolment} to {@code next} (a new one: persists it). {@code mailKind} names the
     * mail ({@code enrolment.<kind>}); a promotion is ADMITTED in the history but PROMOTED in the mail.
     */
    public void move(Enrolment enrolment, EnrolmentStatus next, String actor, String reason, String mailKind) {
        long offeringId = enrolment.getOffering().getId();
        EnrolmentStatus before = enrolment.getStatus();
        int admittedDelta = (next == EnrolmentStatus.ADMITTED ? 1 : 0) - (before == EnrolmentStatus.ADMITTED ? 1 : 0);
        int waitingDelta = (next == EnrolmentStatus.WAITLISTED ? 1 : 0) - (before == EnrolmentStatus.WAITLISTED ? 1 : 0);
        Long ticket = next == EnrolmentStatus.WAITLISTED ? seats.nextTicket(offeringId) : null;
        Instant now = clock.instant();
        enrolment.moveTo(next, ticket, now, actor, reason);
        if (enrolment.getId() == null) {
            em.persist(enrolment);
        }
        seats.adjust(offeringId, admittedDelta, waitingDelta);
        em.flush(); // constraint violations (a second active enrolment, seats) surface here, in this call
        audit.record(actor, "enrolment." + next.name().toLowerCase(Locale.ROOT), "enrolment:" + enrolment.getId(),
                "offering " + offeringId + ", learner " + enrolment.getLearner().getId() + ", from "
                        + (before == null ? "none" : before) + (reason == null ? "" : ", reason: " + reason));
        tell(enrolment, mailKind == null ? next.name() : mailKind, reason);
    }

    private void tell(Enrolment enrolment, String kind, String reason) {
        var learner = enrolment.getLearner();
        if (learner.getEmail().isEmpty()) {
            return;
        }
        String lang = learner.getLanguage();
        var offering = enrolment.getOffering();
        Integer position = enrolment.getWaitlistTicket()
                .map(t -> seats.position(offering.getId(), t)).orElse(null);
        String start = offering.getStartDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(lang)));
        outbox.enqueue(learner.getEmail().get(), lang, "enrolment." + kind, learner.getDisplayName(),
                offering.getCourse().title(lang), start, position == null ? "" : position.toString(),
                reason == null ? "" : reason, Outbox.baseUrl() + "me/applications.xhtml");
    }

    /**
     * Withdraws an application (under its offering's lock, as it is then) and gives a seat it held
     * to the first on the waitlist. False when it had ended already, and nothing changes.
     */
    public boolean withdraw(Enrolment enrolment, String actor, String reason) {
        long offeringId = enrolment.getOffering().getId();
        seats.lock(offeringId);
        em.refresh(enrolment);
        if (!enrolment.getStatus().isActive()) {
            return false;
        }
        move(enrolment, EnrolmentStatus.WITHDRAWN, actor, reason, null);
        promote(offeringId);
        return true;
    }

    /** Gives free seats to the first on the waitlist, in order, each told by mail. */
    public int promote(long offeringId) {
        int promoted = 0;
        while (seats.lock(offeringId).orElseThrow().hasFreeSeat()) {
            var first = em.createNamedQuery("Enrolment.firstWaiting", Enrolment.class)
                    .setParameter("offering", offeringId).setMaxResults(1).getResultStream().findFirst();
            if (first.isEmpty()) {
                break;
            }
            move(first.get(), EnrolmentStatus.ADMITTED, se.larcentra.enrolment.entity.EnrolmentEvent.SYSTEM,
                    "a place became free", "PROMOTED");
            promoted++;
        }
        return promoted;
    }
}
