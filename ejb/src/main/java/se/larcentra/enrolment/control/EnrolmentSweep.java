package se.larcentra.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.enrolment.entity.Enrolment;
import se.larcentra.enrolment.entity.EnrolmentEvent;
import se.larcentra.enrolment.entity.EnrolmentStatus;

/**
 * The moves time makes: when an offering starts, those still waiting (or awaiting approval) are
 * not admitted; when it ends, the admitted have completed it; when it is cancelled, every active
 * application is cancelled. One offering per transaction, under its row lock.
 */
@Stateless
public class EnrolmentSweep {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    SeatLedger seats;

    @Inject
    EnrolmentMoves moves;

    @Inject
    Clock clock;

    /** Offerings with active enrolments that time (or a cancellation) has overtaken. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> offeringsDue() {
        LocalDate today = LocalDate.now(clock.withZone(ApplicationWindow.SWEDEN));
        return em.createQuery("SELECT DISTINCT e.offering.id FROM Enrolment e WHERE e.activeLearnerId IS NOT NULL AND ("
                + "e.offering.cancelled = TRUE OR e.offering.endDate < :today OR (e.offering.startDate <= :today AND "
                + "e.status <> se.larcentra.enrolment.entity.EnrolmentStatus.ADMITTED))", Long.class)
                .setParameter("today", today).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sweep(long offeringId) {
        seats.lock(offeringId);
        Offering offering = em.find(Offering.class, offeringId);
        em.refresh(offering);
        LocalDate today = LocalDate.now(clock.withZone(ApplicationWindow.SWEDEN));
        int moved = 0;
        // Oldest first, so the waitlist closes in its order.
        List<Enrolment> active = em.createNamedQuery("Enrolment.activeOfOffering", Enrolment.class)
                .setParameter("offering", offeringId).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Enrolment::getAppliedAt).thenComparing(Enrolment::getId)).toList();
        for (Enrolment e : active) {
            EnrolmentStatus next;
            String reason;
            if (offering.isCancelled()) {
                next = EnrolmentStatus.CANCELLED;
                reason = "the offering was cancelled";
            } else if (offering.getEndDate().isBefore(today)) {
                next = e.getStatus() == EnrolmentStatus.ADMITTED ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_ADMITTED;
                reason = next == EnrolmentStatus.COMPLETED ? "the offering ended" : "the offering started";
            } else if (!offering.getStartDate().isAfter(today) && e.getStatus() != EnrolmentStatus.ADMITTED) {
                next = EnrolmentStatus.NOT_ADMITTED;
                reason = "the offering started";
            } else {
                continue;
            }
            moves.move(e, next, EnrolmentEvent.SYSTEM, reason, null);
            moved++;
        }
        return moved;
    }
}
