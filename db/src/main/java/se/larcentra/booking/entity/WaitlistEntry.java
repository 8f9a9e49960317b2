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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.larcentra.account.entity.Account;
import se.larcentra.centre.entity.Room;
import se.larcentra.platform.entity.TrackedEntity;

/**
 * A place in the queue for a taken slot of a room. Waiting until the slot frees and the entry is
 * assigned the booking ({@link #assign}), or lapses at the slot's start ({@link #lapse}); first come,
 * first served (by id).
 */
@Entity
@Table(name = "booking_waitlist")
@NamedQuery(name = "WaitlistEntry.waitingForRoomDuring",
        query = "SELECT w FROM WaitlistEntry w WHERE w.room = :room AND w.status = se.larcentra.booking.entity.WaitlistEntry.Status.WAITING"
                + " AND w.start < :end AND w.end > :start ORDER BY w.id")
@NamedQuery(name = "WaitlistEntry.lapsing",
        query = "SELECT w FROM WaitlistEntry w WHERE w.status = se.larcentra.booking.entity.WaitlistEntry.Status.WAITING AND w.start <= :now")
public class WaitlistEntry extends TrackedEntity {

    public enum Status {
        WAITING, ASSIGNED, LAPSED
    }

    @Id
    @SequenceGenerator(name = "booking_waitlist_seq", sequenceName = "booking_waitlist_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_waitlist_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @Column(name = "starts_at", nullable = false)
    private Instant start;

    @Column(name = "ends_at", nullable = false)
    private Instant end;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Account person;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private BookingPurpose purpose;

    @Column(name = "participants", nullable = false)
    private int participants;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @OneToOne
    @JoinColumn(name = "booking_id")
    private Booking booking;

    protected WaitlistEntry() {
    }

    public WaitlistEntry(Room room, TimeRange time, Account person, BookingPurpose purpose, int participants) {
        this.room = Objects.requireNonNull(room, "room");
        this.start = time.start();
        this.end = time.end();
        this.person = Objects.requireNonNull(person, "person");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        if (participants < 1 || participants > room.getCapacity()) {
            throw new IllegalArgumentException("participants from 1 to the room's capacity " + room.getCapacity() + ": " + participants);
        }
        this.participants = participants;
        this.status = Status.WAITING;
    }

    /** The slot freed and this entry's person got the booking. */
    public void assign(Booking assigned) {
        requireWaiting();
        if (!assigned.getRoom().equals(room) || !assigned.getTime().equals(getTime()) || !assigned.getBookedFor().equals(person)) {
            throw new IllegalArgumentException("the booking is not this entry's slot for its person");
        }
        booking = assigned;
        status = Status.ASSIGNED;
    }

    /** The slot's start came without it freeing. */
    public void lapse(Instant now) {
        requireWaiting();
        if (now.isBefore(start)) {
            throw new IllegalStateException("a queue entry lapses at its slot's start, " + start);
        }
        status = Status.LAPSED;
    }

    private void requireWaiting() {
        if (status != Status.WAITING) {
            throw new IllegalStateException("queue entry " + id + " is " + status);
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

    public Account getPerson() {
        return person;
    }

    public BookingPurpose getPurpose() {
        return purpose;
    }

    public int getParticipants() {
        return participants;
    }

    public Status getStatus() {
        return status;
    }

    public Optional<Booking> getBooking() {
        return Optional.ofNullable(booking);
    }
}
