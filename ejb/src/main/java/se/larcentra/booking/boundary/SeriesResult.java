package se.larcentra.booking.boundary;

import java.time.Instant;
import java.util.List;

/** A weekly series: the bookings made, and the occurrences skipped with why (a rule's name, or {@link #TAKEN}). */
public record SeriesResult(List<BookingView> booked, List<Skipped> skipped) {

    public static final String TAKEN = "TAKEN";

    public record Skipped(Instant start, Instant end, String reason) {
    }
}
