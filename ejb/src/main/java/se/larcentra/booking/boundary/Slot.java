package se.larcentra.booking.boundary;

import java.time.Instant;

/** A room for a time: a free alternative to a taken request. */
public record Slot(long roomId, Instant start, Instant end) {
}
