package se.larcentra.booking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time from {@code start} (included) to {@code end} (excluded). */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a time range ends after it starts: " + start + "–" + end);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether the two share any moment; ranges that only touch (one ends as the other starts) do not. */
    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }
}
