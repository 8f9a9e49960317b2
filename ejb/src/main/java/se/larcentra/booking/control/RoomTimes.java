package se.larcentra.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import se.larcentra.account.entity.Account;
import se.larcentra.booking.boundary.Slot;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingRequest;
import se.larcentra.booking.entity.BookingRules;
import se.larcentra.booking.entity.BookingStatus;
import se.larcentra.booking.entity.CentreBookingRules;
import se.larcentra.booking.entity.CentreCalendar;
import se.larcentra.booking.entity.FreeSlots;
import se.larcentra.booking.entity.Standing;
import se.larcentra.booking.entity.SwedishTime;
import se.larcentra.booking.entity.TimeRange;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.enrolment.entity.EnrolmentStatus;

/** What the booking boundary asks of the database: who holds a room when, a person's standing and hours, free time. */
@ApplicationScoped
public class RoomTimes {

    /** How many alternatives a taken request is offered, of each kind. */
    static final int ALTERNATIVES = 3;

    /** How many days from the requested one the nearest free times of the same room are looked for. */
    static final int ALTERNATIVE_DAYS = 7;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Booking> holding(Room room, TimeRange time) {
        return em.createNamedQuery("Booking.holdingRoomDuring", Booking.class).setParameter("room", room)
                .setParameter("holding", BookingStatus.HOLDING).setParameter("start", time.start()).setParameter("end", time.end())
                .getResultList();
    }

    /** A member of a centre is admitted to an offering it hosts that has not ended; other learners visit. */
    public Standing standing(Account learner, LearningCentre centre) {
        long admitted = em.createQuery("SELECT COUNT(e) FROM Enrolment e JOIN e.offering o JOIN o.hostingCentres c"
                        + " WHERE e.learner = :learner AND e.status = :admitted AND c = :centre AND o.endDate >= :today", Long.class)
                .setParameter("learner", learner).setParameter("admitted", EnrolmentStatus.ADMITTED).setParameter("centre", centre)
                .setParameter("today", LocalDate.now(clock.withZone(SwedishTime.ZONE))).getSingleResult();
        return admitted > 0 ? Standing.MEMBER : Standing.VISITOR;
    }

    /** The hours a person's bookings that hold rooms at a centre take within a span (the quota week). */
    public Duration heldBy(Account person, LearningCentre centre, TimeRange span) {
        return em.createNamedQuery("Booking.holdingOfPersonAtCentreDuring", Booking.class).setParameter("person", person)
                .setParameter("centre", centre).setParameter("holding", BookingStatus.HOLDING)
                .setParameter("start", span.start()).setParameter("end", span.end()).getResultStream()
                .map(b -> b.getTime().intersection(span).orElseThrow().duration())
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** A request for a room, with the hours its person already holds at the centre in that week if a quota binds them. */
    public BookingRequest request(Room room, TimeRange time, int participants, Account person, Standing standing) {
        return new BookingRequest(time, room.getType(), room.getCapacity(), participants, standing, false,
                standing.isLearner() ? heldBy(person, room.getCentre(), SwedishTime.weekOf(time.start())) : Duration.ZERO);
    }

    public BookingRules rulesOf(LearningCentre centre) {
        return Optional.ofNullable(em.find(CentreBookingRules.class, centre.getId())).map(CentreBookingRules::rules)
                .orElse(BookingRules.DEFAULTS);
    }

    /** The centre's opening hours within a span, in order. */
    public List<TimeRange> open(LearningCentre centre, TimeRange span) {
        CentreCalendar calendar = CentreCalendar.of(centre);
        LocalDate last = SwedishTime.local(span.end()).toLocalDate();
        return Stream.iterate(SwedishTime.local(span.start()).toLocalDate(), date -> !date.isAfter(last), date -> date.plusDays(1))
                .flatMap(date -> calendar.openOn(date).stream())
                .flatMap(open -> open.intersection(span).stream())
                .toList();
    }

    /**
     * Free alternatives to a taken request that would keep the rules: other rooms of the same type at
     * the centre for the same time, then the nearest free times of the same room within a week.
     */
    public List<Slot> alternatives(Room room, BookingRequest request, BookingRules rules, Instant now) {
        TimeRange time = request.time();
        List<Slot> slots = new ArrayList<>();
        for (Room other : room.getCentre().getRooms()) {
            if (slots.size() == ALTERNATIVES) {
                break;
            }
            if (!other.equals(room) && other.isActive() && other.getType() == room.getType()
                    && other.getCapacity() >= request.participants() && holding(other, time).isEmpty()) {
                slots.add(new Slot(other.getId(), time.start(), time.end()));
            }
        }
        LocalDate day = SwedishTime.local(time.start()).toLocalDate();
        TimeRange window = new TimeRange(SwedishTime.at(day, LocalTime.MIDNIGHT),
                SwedishTime.at(day.plusDays(ALTERNATIVE_DAYS + 1L), LocalTime.MIDNIGHT));
        List<TimeRange> taken = holding(room, window).stream().map(Booking::getTime).toList();
        CentreCalendar calendar = CentreCalendar.of(room.getCentre());
        FreeSlots.nearest(TimeRange.minus(open(room.getCentre(), window), taken), time.duration(), time.start(),
                        slot -> rules.firstBroken(request.at(slot), calendar, now).isEmpty(), ALTERNATIVES)
                .forEach(slot -> slots.add(new Slot(room.getId(), slot.start(), slot.end())));
        return slots;
    }

    /** Active rooms of active centres (a centre, else a municipality's) that fit, are open and are free for the whole time. */
    public List<Room> freeRooms(Long centreId, String municipality, TimeRange time, RoomType type, Set<Equipment> equipment, int people) {
        // Two queries rather than ":centre IS NULL OR ...": PostgreSQL cannot type a parameter bound to null.
        var query = centreId != null
                ? em.createQuery("SELECT r FROM Room r JOIN r.centre c WHERE r.active = TRUE AND c.active = TRUE"
                        + " AND c.id = :place AND r.capacity >= :people ORDER BY c.id, r.id", Room.class).setParameter("place", centreId)
                : em.createQuery("SELECT r FROM Room r JOIN r.centre c WHERE r.active = TRUE AND c.active = TRUE"
                        + " AND c.municipality.code = :place AND r.capacity >= :people ORDER BY c.id, r.id", Room.class)
                        .setParameter("place", municipality);
        Map<LearningCentre, CentreCalendar> calendars = new HashMap<>(); // one per centre, not one per room
        List<Room> rooms = query.setParameter("people", people).getResultList().stream()
                .filter(r -> type == null || r.getType() == type)
                .filter(r -> r.getEquipment().containsAll(equipment))
                .filter(r -> calendars.computeIfAbsent(r.getCentre(), CentreCalendar::of).isOpenThroughout(time))
                .toList();
        if (rooms.isEmpty()) {
            return rooms;
        }
        Set<Room> held = Set.copyOf(em.createNamedQuery("Booking.holdingRoomsDuring", Booking.class).setParameter("rooms", rooms)
                .setParameter("holding", BookingStatus.HOLDING).setParameter("start", time.start()).setParameter("end", time.end())
                .getResultStream().map(Booking::getRoom).toList());
        return rooms.stream().filter(r -> !held.contains(r)).toList();
    }
}
