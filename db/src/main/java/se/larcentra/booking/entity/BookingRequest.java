package se.larcentra.booking.entity;

import java.time.Duration;
import java.util.Objects;
import se.larcentra.centre.entity.RoomType;

/**
 * What is asked of a room, and what the centre's rules need to know about whoever asks.
 *
 * @param examSitting staff booking an exam room for an exam sitting, which the length limits do not bind
 * @param bookedThatWeek the hours the person booked for already has at the centre in the quota week of
 *     {@code time}'s start (active bookings only)
 */
public record BookingRequest(TimeRange time, RoomType roomType, int roomCapacity, int participants, Standing standing,
        boolean examSitting, Duration bookedThatWeek) {

    public BookingRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(bookedThatWeek, "bookedThatWeek");
        if (participants < 1) {
            throw new IllegalArgumentException("a booking is for at least one person: " + participants);
        }
        if (examSitting && (standing != Standing.STAFF || roomType != RoomType.EXAM_ROOM)) {
            throw new IllegalArgumentException("only staff book exam rooms for exam sittings");
        }
    }

    /** The same request for another time (the hours booked that week taken as they are). */
    public BookingRequest at(TimeRange otherTime) {
        return new BookingRequest(otherTime, roomType, roomCapacity, participants, standing, examSitting, bookedThatWeek);
    }

    /** A learner's or staff member's booking for ordinary use (not an exam sitting). */
    public static BookingRequest of(TimeRange time, RoomType roomType, int roomCapacity, int participants, Standing standing,
            Duration bookedThatWeek) {
        return new BookingRequest(time, roomType, roomCapacity, participants, standing, false, bookedThatWeek);
    }
}
