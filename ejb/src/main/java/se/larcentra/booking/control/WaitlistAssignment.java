package se.larcentra.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.larcentra.account.entity.Account;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingRequest;
import se.larcentra.booking.entity.BookingRules;
import se.larcentra.booking.entity.CentreCalendar;
import se.larcentra.booking.entity.Standing;
import se.larcentra.booking.entity.TimeRange;
import se.larcentra.booking.entity.WaitlistEntry;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Room;
import se.larcentra.platform.control.AuditLog;

/**
 * Gives freed time to the queue: in the transaction that freed it (a cancellation, a no-show), under
 * the room's lock, each waiting entry for that time in queue order gets the booking if the slot is now
 * wholly free and the person's rules still allow it; the others keep waiting. Entries whose slot has
 * started lapse.
 */
@ApplicationScoped
public class WaitlistAssignment {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    RoomTimes times;

    @Inject
    BookingMail mail;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The entries that got a booking. The caller holds the room's row lock. */
    public List<WaitlistEntry> assignFreed(Room room, TimeRange freed) {
        Instant now = clock.instant();
        LearningCentre centre = room.getCentre();
        BookingRules rules = times.rulesOf(centre);
        CentreCalendar calendar = CentreCalendar.of(centre);
        List<WaitlistEntry> waiting = em.createNamedQuery("WaitlistEntry.waitingForRoomDuring", WaitlistEntry.class)
                .setParameter("room", room).setParameter("start", freed.start()).setParameter("end", freed.end()).getResultList();
        return waiting.stream().filter(entry -> {
            if (!now.isBefore(entry.getTime().start())) {
                entry.lapse(now);
                return false;
            }
            return tryAssign(entry, rules, calendar, now);
        }).toList();
    }

    private boolean tryAssign(WaitlistEntry entry, BookingRules rules, CentreCalendar calendar, Instant now) {
        Room room = entry.getRoom();
        TimeRange time = entry.getTime();
        if (!times.holding(room, time).isEmpty()) {
            return false;
        }
        Account person = entry.getPerson();
        Standing standing = times.standing(person, room.getCentre());
        BookingRequest request = times.request(room, time, entry.getParticipants(), person, standing);
        if (rules.firstBroken(request, calendar, now).isPresent()) {
            return false;
        }
        Booking booking = Booking.confirm(room, time, entry.getPurpose(), entry.getParticipants(), person, person);
        em.persist(booking);
        em.flush(); // so that the next entry sees this booking holding the room
        entry.assign(booking);
        audit.record("system", "booking.assign", "booking:" + booking.getId(), "from queue entry " + entry.getId());
        mail.tell(booking, BookingMail.Kind.ASSIGNED, null);
        return true;
    }

    /** Entries whose slot has started without freeing: they lapse. */
    public int lapseStarted() {
        Instant now = clock.instant();
        List<WaitlistEntry> started = em.createNamedQuery("WaitlistEntry.lapsing", WaitlistEntry.class).setParameter("now", now).getResultList();
        started.forEach(entry -> entry.lapse(now));
        return started.size();
    }
}
