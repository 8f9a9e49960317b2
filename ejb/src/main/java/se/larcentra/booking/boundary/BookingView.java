package se.larcentra.booking.boundary;

import java.time.Instant;
import se.larcentra.booking.entity.BookingPurpose;
import se.larcentra.booking.entity.BookingStatus;

/** A booking as the person it is for (or the centre's staff) sees it. */
public record BookingView(long id, long roomId, String roomName, long centreId, String centreName, Instant start, Instant end,
        BookingPurpose purpose, int participants, BookingStatus status, long bookedForId, String bookedBy,
        Instant checkedInAt) {
}
