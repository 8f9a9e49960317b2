package se.larcentra.booking.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingStatus;
import se.larcentra.booking.entity.TimeRange;
import se.larcentra.platform.control.AuditLog;

/**
 * Releases the bookings nobody checked in {@link Booking#NO_SHOW_AFTER} after their start: the room
 * goes back to others (the rest of its time to the queue) and the person is told; queue entries
 * whose slot started lapse. One booking per transaction, under the room's lock,
 * as a booking is made.
 */
@Stateless
public class NoShowSweep {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    BookingMail mail;

    @Inject
    AuditLog audit;

    @Inject
    WaitlistAssignment waitlist;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return em.createQuery("SELECT b.id FROM Booking b WHERE b.status = :confirmed AND b.start <= :startedBefore ORDER BY b.start", Long.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("startedBefore", clock.instant().minus(Booking.NO_SHOW_AFTER)).getResultList();
    }

    /** Whether it released the booking (not if it was checked in or cancelled meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        em.lock(booking.getRoom(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(booking);
        Instant now = clock.instant();
        if (!booking.isNoShowAt(now)) {
            return false;
        }
        booking.releaseAsNoShow(now);
        audit.record("system", "booking.no-show", "booking:" + bookingId, "not checked in");
        mail.tell(booking, BookingMail.Kind.RELEASED, null);
        waitlist.assignFreed(booking.getRoom(), new TimeRange(now, booking.getTime().end()));
        return true;
    }

    /** Queue entries whose slot has started lapse; how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int lapseWaitlist() {
        return waitlist.lapseStarted();
    }
}
