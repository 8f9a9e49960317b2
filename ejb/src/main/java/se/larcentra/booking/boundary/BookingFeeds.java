package se.larcentra.booking.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.larcentra.account.control.Callers;
import se.larcentra.account.control.Secrets;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.Role;
import se.larcentra.booking.control.Ics;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingStatus;
import se.larcentra.booking.entity.CalendarFeed;
import se.larcentra.centre.boundary.RoomNotFoundException;
import se.larcentra.centre.entity.Room;
import se.larcentra.platform.control.AuditLog;

/**
 * Bookings as iCalendar feeds that calendar programs subscribe to: a private one per person (its
 * secret token in the address, replaceable) with their bookings, and a public one per room with its
 * busy times only, never who booked them.
 */
@Stateless
public class BookingFeeds {

    /** How far back a feed reaches (cancelled bookings stay in it that long, so subscribers drop them). */
    static final Duration PAST = Duration.ofDays(30);

    /** How far ahead a room's feed reaches. */
    static final Duration ROOM_AHEAD = Duration.ofDays(120);

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The caller's feed token, made the first time they ask. */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public String myFeedToken() {
        Account me = callers.account(context.getCallerPrincipal());
        return Optional.ofNullable(em.find(CalendarFeed.class, me.getId())).map(CalendarFeed::getToken)
                .orElseGet(() -> {
                    CalendarFeed feed = new CalendarFeed(me.getId(), Secrets.newToken());
                    em.persist(feed);
                    return feed.getToken();
                });
    }

    /** A new token for the caller's feed; the old address stops working. */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public String replaceMyFeedToken() {
        Account me = callers.account(context.getCallerPrincipal());
        String token = Secrets.newToken();
        Optional.ofNullable(em.find(CalendarFeed.class, me.getId()))
                .ifPresentOrElse(feed -> feed.replaceToken(token), () -> em.persist(new CalendarFeed(me.getId(), token)));
        audit.record(me.getUsername(), "calendar.new-token", "account:" + me.getId(), null);
        return token;
    }

    /** The bookings of the person whose feed has this token: from 30 days back, cancelled and released ones marked cancelled. */
    @PermitAll
    public String personalFeed(@NotNull @Size(max = 100) String token) {
        CalendarFeed feed = em.createNamedQuery("CalendarFeed.byToken", CalendarFeed.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(BookingFeedNotFoundException::new);
        Account person = em.find(Account.class, feed.getId());
        Instant since = clock.instant().minus(PAST);
        List<Ics.Event> events = em.createNamedQuery("Booking.ofPerson", Booking.class).setParameter("person", person).getResultStream()
                .filter(b -> b.getTime().end().isAfter(since))
                .map(b -> Ics.of(b, person.getLanguage())).toList();
        return Ics.feed(person.getLanguage().equals("en") ? "My bookings, Lärcentra" : "Mina bokningar, Lärcentra", events);
    }

    /** When a room is booked, from 30 days back to 120 ahead; each event says "booked", nothing of by whom. */
    @PermitAll
    public String roomFeed(long roomId, @NotNull @Size(min = 2, max = 2) String language) {
        Room room = Optional.ofNullable(em.find(Room.class, roomId)).filter(Room::isActive).orElseThrow(() -> new RoomNotFoundException(roomId));
        Instant now = clock.instant();
        String busy = language.equals("en") ? "Booked" : "Bokat";
        List<Ics.Event> events = em.createNamedQuery("Booking.holdingRoomDuring", Booking.class).setParameter("room", room)
                .setParameter("holding", BookingStatus.HOLDING).setParameter("start", now.minus(PAST)).setParameter("end", now.plus(ROOM_AHEAD))
                .getResultStream()
                .map(b -> new Ics.Event(Ics.uid(b), 0, b.getTime().start(), b.getTime().end(), busy + ": " + room.name(language), null, false))
                .toList();
        return Ics.feed(room.name(language) + ", " + room.getCentre().name(language), events);
    }
}
