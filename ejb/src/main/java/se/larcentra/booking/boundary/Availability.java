package se.larcentra.booking.boundary;

import java.time.Instant;
import java.util.List;

/** A room's time between two moments: when it is open and free, and when it is booked (by whom is not said). */
public record Availability(long roomId, Instant from, Instant to, List<Span> free, List<Span> busy) {

    public record Span(Instant start, Instant end) {
    }
}
