package se.larcentra.booking.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import se.larcentra.account.boundary.AccountNotFoundException;
import se.larcentra.account.control.Callers;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.Role;
import se.larcentra.booking.control.BookingMail;
import se.larcentra.booking.control.RoomTimes;
import se.larcentra.booking.control.WaitlistAssignment;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingPurpose;
import se.larcentra.booking.entity.BookingRefusedException;
import se.larcentra.booking.entity.BookingRequest;
import se.larcentra.booking.entity.BookingRules;
import se.larcentra.booking.entity.CentreCalendar;
import se.larcentra.booking.entity.Standing;
import se.larcentra.booking.entity.SwedishTime;
import se.larcentra.booking.entity.TimeRange;
import se.larcentra.booking.entity.WaitlistEntry;
import se.larcentra.booking.entity.WeeklySeries;
import se.larcentra.centre.boundary.RoomNotFoundException;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.platform.boundary.InvalidInputException;
import se.larcentra.platform.control.AuditLog;

/**
 * Booking the centres' rooms. A booking locks its room's row first, then checks the centre's rules
 * (the first broken one answers), then that nothing holds the room for any of that time, then
 * records: so two requests for one room are decided one after the other, never both granted, on H2
 * and PostgreSQL alike (where an exclusion constraint stands behind it too). Availability and free
 * rooms are public and say nothing of who booked.
 */
@Stateless
public class RoomBookings {

    /** The longest stretch one availability question may cover. */
    public static final Duration MAX_AVAILABILITY_SPAN = Duration.ofDays(31);

    /** What someone asks to book; {@code forAccountId}: staff booking for a learner, else empty. */
    public record BookingForm(@NotNull Long roomId, @NotNull Instant start, @NotNull Instant end, @NotNull BookingPurpose purpose,
            @Min(1) @Max(1000) int participants, Long forAccountId) {
    }

    /** Where and when a booking is to move: a room of the same centre (null: the same room). */
    public record MoveForm(Long roomId, @NotNull Instant start, @NotNull Instant end) {
    }

    /** What a series does with an occurrence that cannot be booked. */
    public enum OnConflict {
        FAIL, SKIP
    }

    /** A question for rooms free for a whole interval, in a centre or a municipality. */
    public record FreeRoomQuery(Long centreId, @Size(max = 4) String municipality, @NotNull Instant start, @NotNull Instant end,
            RoomType type, @NotNull Set<Equipment> equipment, @Min(1) @Max(1000) int people) {
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    RoomTimes times;

    @Inject
    AuditLog audit;

    @Inject
    BookingMail mail;

    @Inject
    WaitlistAssignment waitlist;

    @Inject
    Clock clock;

    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public BookingView book(@NotNull BookingForm form) {
        Booker booker = booker(form.roomId(), form.forAccountId());
        return view(confirm(booker, range(form.start(), form.end()), form.purpose(), form.participants(), true));
    }

    /**
     * Books the same time in the same room for a number of weeks (the same local time each week,
     * across the DST changes), each occurrence checked as a booking of its own. {@code FAIL}: all or
     * nothing, the first occurrence that cannot be booked answers; {@code SKIP}: the free ones are
     * booked and the rest listed with why (a rule, or {@code TAKEN}); none free answers as {@code FAIL}.
     */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public SeriesResult bookSeries(@NotNull BookingForm first, @Min(1) @Max(52) int weeks, @NotNull OnConflict onConflict) {
        Booker booker = booker(first.roomId(), first.forAccountId());
        List<BookingView> booked = new ArrayList<>();
        List<SeriesResult.Skipped> skipped = new ArrayList<>();
        RuntimeException firstProblem = null;
        for (TimeRange occurrence : WeeklySeries.occurrences(range(first.start(), first.end()), weeks)) {
            try {
                booked.add(view(confirm(booker, occurrence, first.purpose(), first.participants(), onConflict == OnConflict.FAIL)));
            } catch (BookingRefusedException | RoomTakenException problem) {
                if (onConflict == OnConflict.FAIL) {
                    throw problem;
                }
                firstProblem = firstProblem == null ? problem : firstProblem;
                skipped.add(new SeriesResult.Skipped(occurrence.start(), occurrence.end(),
                        problem instanceof BookingRefusedException refused ? refused.rule().name() : SeriesResult.TAKEN));
            }
        }
        if (booked.isEmpty()) {
            throw firstProblem;
        }
        return new SeriesResult(booked, skipped);
    }

    /** A place in the queue for a taken slot. */
    public record QueuePlace(long id, int position) {
    }

    /**
     * Queues the caller for a taken slot, which they would be allowed to book were it free: when it
     * frees, the first in the queue whose rules still allow it gets the booking (and a mail).
     */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public QueuePlace joinWaitlist(@NotNull BookingForm form) {
        Booker booker = booker(form.roomId(), null);
        TimeRange time = range(form.start(), form.end());
        Room room = booker.room();
        BookingRequest request = times.request(room, time, form.participants(), booker.bookedFor(), booker.standing());
        booker.rules().check(request, CentreCalendar.of(room.getCentre()), clock.instant());
        if (times.holding(room, time).isEmpty()) {
            throw new WaitlistRefusedException(WaitlistRefusedException.Reason.SLOT_FREE);
        }
        List<WaitlistEntry> queue = em.createNamedQuery("WaitlistEntry.waitingForRoomDuring", WaitlistEntry.class)
                .setParameter("room", room).setParameter("start", time.start()).setParameter("end", time.end()).getResultList();
        if (queue.stream().anyMatch(entry -> entry.getPerson().equals(booker.caller()))) {
            throw new WaitlistRefusedException(WaitlistRefusedException.Reason.ALREADY_QUEUED);
        }
        WaitlistEntry entry = new WaitlistEntry(room, time, booker.caller(), form.purpose(), form.participants());
        em.persist(entry);
        em.flush();
        audit.record(booker.caller().getUsername(), "booking.queue", "room:" + room.getId(), time.start() + "–" + time.end());
        return new QueuePlace(entry.getId(), queue.size() + 1);
    }

    /** Who books a room, for whom, and in what standing at its centre; the room's row is locked from here on. */
    private record Booker(Account caller, Account bookedFor, Standing standing, Room room, BookingRules rules) {
    }

    private Booker booker(long roomId, Long forAccountId) {
        Account caller = callers.account(context.getCallerPrincipal());
        Room room = Optional.ofNullable(em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE))
                .filter(Room::isActive).orElseThrow(() -> new RoomNotFoundException(roomId));
        LearningCentre centre = room.getCentre();
        boolean staff = isStaffOf(caller, centre);
        Account bookedFor = bookedFor(forAccountId, caller, staff);
        return new Booker(caller, bookedFor, staff ? Standing.STAFF : times.standing(bookedFor, centre), room, times.rulesOf(centre));
    }

    /** The rules first (the first broken one answers), then whether anything holds the room; then the booking. */
    private Booking confirm(Booker booker, TimeRange time, BookingPurpose purpose, int participants, boolean withAlternatives) {
        Room room = booker.room();
        LearningCentre centre = room.getCentre();
        BookingRequest request = times.request(room, time, participants, booker.bookedFor(), booker.standing());
        Instant now = clock.instant();
        booker.rules().check(request, CentreCalendar.of(centre), now);
        if (!times.holding(room, time).isEmpty()) {
            throw new RoomTakenException(withAlternatives ? times.alternatives(room, request, booker.rules(), now) : List.of());
        }
        Booking booking = Booking.confirm(room, time, purpose, participants, booker.caller(), booker.bookedFor());
        em.persist(booking);
        em.flush();
        audit.record(booker.caller().getUsername(), "booking.confirm", "booking:" + booking.getId(),
                "room " + room.getId() + " " + time.start() + "–" + time.end() + " for " + booker.bookedFor().getUsername());
        mail.tell(booking, BookingMail.Kind.CONFIRMED, null);
        return booking;
    }

    /**
     * Moves a confirmed booking that has not started to another time, or room of the same centre: the
     * rules and the new time being free are checked as for a new booking (its own hours and time do
     * not count against it). The person is mailed the changed event; the time it leaves goes to the queue.
     */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public BookingView move(long bookingId, @NotNull MoveForm form) {
        Account caller = callers.account(context.getCallerPrincipal());
        Booking booking = visibleTo(bookingId, caller);
        LearningCentre centre = booking.getRoom().getCentre();
        long targetId = form.roomId() == null ? booking.getRoom().getId() : form.roomId();
        Room target = Optional.ofNullable(em.find(Room.class, targetId)).filter(r -> r.isActive() && r.getCentre().equals(centre))
                .orElseThrow(() -> new RoomNotFoundException(targetId));
        // Both rooms' rows, the lower id first: one lock order with every other booking transaction.
        Room from = booking.getRoom();
        for (Room room : from.getId() < target.getId() ? List.of(from, target) : List.of(target, from)) {
            em.lock(room, LockModeType.PESSIMISTIC_WRITE);
        }
        em.refresh(booking);
        TimeRange time = range(form.start(), form.end());
        TimeRange left = booking.getTime();
        Account person = booking.getBookedFor();
        Standing standing = isStaffOf(caller, centre) ? Standing.STAFF : times.standing(person, centre);
        BookingRequest asked = times.request(target, time, booking.getParticipants(), person, standing);
        boolean sameWeek = SwedishTime.weekOf(left.start()).equals(SwedishTime.weekOf(time.start()));
        BookingRequest request = standing.isLearner() && sameWeek && booking.getStatus().holdsRoom()
                ? new BookingRequest(time, target.getType(), target.getCapacity(), booking.getParticipants(), standing, false,
                        asked.bookedThatWeek().minus(left.duration()))
                : asked;
        Instant now = clock.instant();
        BookingRules rules = times.rulesOf(centre);
        rules.check(request, CentreCalendar.of(centre), now);
        if (times.holding(target, time).stream().anyMatch(other -> !other.equals(booking))) {
            throw new RoomTakenException(times.alternatives(target, request, rules, now));
        }
        booking.moveTo(target, time, now);
        em.flush(); // the new version numbers the changed event, and the queue sees the booking where it is now
        audit.record(caller.getUsername(), "booking.move", "booking:" + bookingId,
                "room " + from.getId() + " " + left.start() + " -> room " + target.getId() + " " + time.start() + "–" + time.end());
        mail.tell(booking, BookingMail.Kind.CHANGED, null);
        waitlist.assignFreed(from, left);
        return view(booking);
    }

    /**
     * Cancels a booking: the person it is for, whoever made it, or the centre's staff, who give a
     * reason when it is someone else's.
     */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public BookingView cancel(long bookingId, @Size(max = 1000) String reason) {
        Account caller = callers.account(context.getCallerPrincipal());
        Booking booking = mayActOn(bookingId, caller);
        boolean own = isOwn(booking, caller);
        if (!own && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "Say why you cancel someone else's booking.");
        }
        booking.cancel(caller.getUsername(), reason, clock.instant());
        audit.record(caller.getUsername(), "booking.cancel", "booking:" + booking.getId(), reason);
        waitlist.assignFreed(booking.getRoom(), booking.getTime());
        if (!booking.getBookedFor().equals(caller)) {
            mail.tell(booking, BookingMail.Kind.CANCELLED, reason);
        }
        return view(booking);
    }

    /** Checks a booking in, from 15 minutes before its start: the person it is for, or the centre's staff. */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public BookingView checkIn(long bookingId) {
        Account caller = callers.account(context.getCallerPrincipal());
        Booking booking = mayActOn(bookingId, caller);
        booking.checkIn(clock.instant());
        return view(booking);
    }

    /** The caller's bookings: those still to come or going on first (soonest first), then the rest, latest first. */
    @RolesAllowed({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public List<BookingView> mine() {
        Account caller = callers.account(context.getCallerPrincipal());
        Instant now = clock.instant();
        List<Booking> all = em.createNamedQuery("Booking.ofPerson", Booking.class).setParameter("person", caller).getResultList();
        Stream<Booking> upcoming = all.stream().filter(b -> b.getTime().end().isAfter(now))
                .sorted(Comparator.comparing((Booking b) -> b.getTime().start()));
        Stream<Booking> past = all.stream().filter(b -> !b.getTime().end().isAfter(now))
                .sorted(Comparator.comparing((Booking b) -> b.getTime().start()).reversed());
        return Stream.concat(upcoming, past).map(this::view).toList();
    }

    /** When a room is free (open and not booked) and busy between two moments, at most 31 days apart. */
    @PermitAll
    public Availability availability(long roomId, @NotNull Instant from, @NotNull Instant to) {
        TimeRange span = range(from, to);
        if (span.duration().compareTo(MAX_AVAILABILITY_SPAN) > 0) {
            throw new InvalidInputException("to", "Ask for at most 31 days at a time.");
        }
        Room room = Optional.ofNullable(em.find(Room.class, roomId)).filter(Room::isActive)
                .orElseThrow(() -> new RoomNotFoundException(roomId));
        List<TimeRange> busy = times.holding(room, span).stream()
                .map(b -> b.getTime().intersection(span).orElseThrow()).toList();
        List<TimeRange> free = TimeRange.minus(times.open(room.getCentre(), span), busy);
        return new Availability(roomId, from, to, free.stream().map(RoomBookings::spanOf).toList(),
                busy.stream().map(RoomBookings::spanOf).toList());
    }

    /** The active rooms of a centre, or of every centre of a municipality, free and open for the whole interval. */
    @PermitAll
    public List<FreeRoom> freeRooms(@NotNull FreeRoomQuery query, @NotNull @Size(min = 2, max = 2) String language) {
        TimeRange time = range(query.start(), query.end());
        if (query.centreId() == null && (query.municipality() == null || query.municipality().isBlank())) {
            throw new InvalidInputException("centre", "Name a centre or a municipality.");
        }
        return times.freeRooms(query.centreId(), query.municipality(), time, query.type(), query.equipment(), query.people())
                .stream().map(room -> new FreeRoom(room.getId(), room.name(language), room.getCentre().getId(),
                        room.getCentre().name(language), room.getType(), room.getCapacity(), room.getEquipment()))
                .toList();
    }

    private static Availability.Span spanOf(TimeRange range) {
        return new Availability.Span(range.start(), range.end());
    }

    private static TimeRange range(Instant start, Instant end) {
        if (!start.isBefore(end)) {
            throw new InvalidInputException("end", "The end must come after the start.");
        }
        return new TimeRange(start, end);
    }

    private Account bookedFor(Long forAccountId, Account caller, boolean staff) {
        if (forAccountId == null || forAccountId.equals(caller.getId())) {
            return caller;
        }
        if (!staff) {
            throw new EJBAccessException("only the centre's staff book for someone else");
        }
        return Optional.ofNullable(em.find(Account.class, forAccountId)).orElseThrow(() -> new AccountNotFoundException(forAccountId));
    }

    /** A booking the caller may act on ({@link #visibleTo}), its room's row locked. */
    private Booking mayActOn(long bookingId, Account caller) {
        Booking booking = visibleTo(bookingId, caller);
        // The room's row first, as booking and the no-show sweep take it: one lock order, no deadlock.
        em.lock(booking.getRoom(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(booking);
        return booking;
    }

    /** The caller's own booking, or one at a centre they are staff of; any other is "not found", never "forbidden". */
    private Booking visibleTo(long bookingId, Account caller) {
        return Optional.ofNullable(em.find(Booking.class, bookingId))
                .filter(b -> isOwn(b, caller) || isStaffOf(caller, b.getRoom().getCentre()))
                .orElseThrow(() -> new BookingNotFoundException(bookingId));
    }

    private static boolean isOwn(Booking booking, Account caller) {
        return booking.getBookedFor().equals(caller) || booking.getBookedBy().equals(caller);
    }

    /** Administrators are staff of every centre, coordinators of theirs. */
    static boolean isStaffOf(Account account, LearningCentre centre) {
        return account.has(Role.ADMINISTRATOR) || (account.has(Role.COORDINATOR) && account.getCentres().contains(centre));
    }

    BookingView view(Booking b) {
        Room room = b.getRoom();
        String language = b.getBookedFor().getLanguage();
        return new BookingView(b.getId(), room.getId(), room.name(language), room.getCentre().getId(), room.getCentre().name(language),
                b.getTime().start(), b.getTime().end(), b.getPurpose(), b.getParticipants(), b.getStatus(), b.getBookedFor().getId(),
                b.getBookedBy().getUsername(), b.getCheckedInAt().orElse(null));
    }
}
