package se.larcentra.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.larcentra.account.entity.Account;
import se.larcentra.centre.entity.Room;
import se.larcentra.platform.entity.TrackedEntity;

/**
 * A room booked for a time, by someone for someone (the same person unless staff booked for a
 * learner), and its state machine: confirmed when made, checked in from {@link #CHECK_IN_EARLY} before
 * its start, released as a no-show when nobody checked in {@link #NO_SHOW_AFTER} after its start, or
 * cancelled before it ends. That no two bookings holding a room overlap is kept by the boundary under
 * the room's row lock and, on PostgreSQL, by an exclusion constraint.
 */
@Entity
@Table(name = "booking")
@NamedQuery(name = "Booking.holdingRoomDuring",
        query = "SELECT b FROM Booking b WHERE b.room = :room AND b.status IN :holding AND b.start < :end AND b.end > :start ORDER BY b.start")
@NamedQuery(name = "Booking.holdingRoomsDuring",
        query = "SELECT b FROM Booking b WHERE b.room IN :rooms AND b.status IN :holding AND b.start < :end AND b.end > :start")
@NamedQuery(name = "Booking.holdingOfPersonAtCentreDuring",
        query = "SELECT b FROM Booking b WHERE b.bookedFor = :person AND b.room.centre = :centre AND b.status IN :holding"
                + " AND b.start < :end AND b.end > :start")
@NamedQuery(name = "Booking.ofPerson",
        query = "SELECT b FROM Booking b JOIN FETCH b.room WHERE b.bookedFor = :person ORDER BY b.start DESC, b.id DESC")
public class Booking extends TrackedEntity {

    /** How long before its start a booking can be checked in. */
    public static final Duration CHECK_IN_EARLY = Duration.ofMinutes(15);

    /** How long after its start a booking nobody checked in is released. */
    public static final Duration NO_SHOW_AFTER = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @Column(name = "starts_at", nullable = false)
    private Instant start;

    @Column(name = "ends_at", nullable = false)
    private Instant end;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private BookingPurpose purpose;

    @Column(name = "participants", nullable = false)
    private int participants;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BookingStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booked_by", nullable = false)
    private Account bookedBy;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booked_for", nullable = false)
    private Account bookedFor;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 60)
    private String endedBy;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    protected Booking() {
    }

    private Booking(Room room, TimeRange time, BookingPurpose purpose, int participants, Account bookedBy, Account bookedFor) {
        this.room = Objects.requireNonNull(room, "room");
        this.start = time.start();
        this.end = time.end();
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        if (participants < 1 || participants > room.getCapacity()) {
            throw new IllegalArgumentException("participants from 1 to the room's capacity " + room.getCapacity() + ": " + participants);
        }
        this.participants = participants;
        this.bookedBy = Objects.requireNonNull(bookedBy, "bookedBy");
        this.bookedFor = Objects.requireNonNull(bookedFor, "bookedFor");
        this.status = BookingStatus.CONFIRMED;
    }

    /**
     * A confirmed booking. The rules and the room being free are the boundary's to check first
     * ({@link BookingRules#check}, under the room's lock); this refuses only what can never be a booking.
     */
    public static Booking confirm(Room room, TimeRange time, BookingPurpose purpose, int participants, Account bookedBy,
            Account bookedFor) {
        if (!room.isActive()) {
            throw new IllegalArgumentException("room " + room.getId() + " is not in use");
        }
        return new Booking(room, time, purpose, participants, bookedBy, bookedFor);
    }

    /** Checks the booking in: from {@link #CHECK_IN_EARLY} before its start until it is released or ends. */
    public void checkIn(Instant now) {
        requireStatus(BookingStatus.CONFIRMED, BookingStateException.Reason.NOT_CHECKABLE);
        if (now.isBefore(start.minus(CHECK_IN_EARLY)) || !now.isBefore(end)) {
            throw new BookingStateException(BookingStateException.Reason.NOT_CHECK_IN_TIME);
        }
        status = BookingStatus.CHECKED_IN;
        checkedInAt = now;
    }

    /**
     * Moves a confirmed booking that has not started to another time or room (of the same centre).
     * The rules and the new time being free are the boundary's to check first, as for a new booking.
     */
    public void moveTo(Room newRoom, TimeRange newTime, Instant now) {
        requireStatus(BookingStatus.CONFIRMED, BookingStateException.Reason.NOT_MOVABLE);
        if (!now.isBefore(start)) {
            throw new BookingStateException(BookingStateException.Reason.NOT_MOVABLE);
        }
        if (!newRoom.isActive() || !newRoom.getCentre().equals(room.getCentre())) {
            throw new IllegalArgumentException("a booking moves to an active room of the same centre");
        }
        if (participants > newRoom.getCapacity()) {
            throw new BookingRefusedException(BookingRule.OVER_CAPACITY);
        }
        room = newRoom;
        start = newTime.start();
        end = newTime.end();
    }

    /** Cancels a booking that has not ended; staff cancelling someone else's booking give a reason. */
    public void cancel(String actor, String reason, Instant now) {
        requireStatus(BookingStatus.CONFIRMED, BookingStateException.Reason.NOT_CANCELLABLE);
        if (!now.isBefore(end)) {
            throw new BookingStateException(BookingStateException.Reason.NOT_CANCELLABLE);
        }
        end(BookingStatus.CANCELLED, actor, reason, now);
    }

    /** Whether nobody checked in and it is {@link #NO_SHOW_AFTER} past the start: the room goes back to others. */
    public boolean isNoShowAt(Instant now) {
        return status == BookingStatus.CONFIRMED && !now.isBefore(start.plus(NO_SHOW_AFTER));
    }

    public void releaseAsNoShow(Instant now) {
        if (!isNoShowAt(now)) {
            throw new IllegalStateException("booking " + id + " is not a no-show at " + now);
        }
        end(BookingStatus.NO_SHOW, "system", "not checked in", now);
    }

    private void end(BookingStatus ending, String actor, String reason, Instant now) {
        status = ending;
        endedAt = now;
        endedBy = Objects.requireNonNull(actor, "actor");
        endReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    private void requireStatus(BookingStatus required, BookingStateException.Reason otherwise) {
        if (status != required) {
            throw new BookingStateException(otherwise);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Room getRoom() {
        return room;
    }

    public TimeRange getTime() {
        return new TimeRange(start, end);
    }

    public BookingPurpose getPurpose() {
        return purpose;
    }

    public int getParticipants() {
        return participants;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Account getBookedBy() {
        return bookedBy;
    }

    public Account getBookedFor() {
        return bookedFor;
    }

    public Optional<Instant> getCheckedInAt() {
        return Optional.ofNullable(checkedInAt);
    }

    public Optional<String> getEndReason() {
        return Optional.ofNullable(endReason);
    }
}
