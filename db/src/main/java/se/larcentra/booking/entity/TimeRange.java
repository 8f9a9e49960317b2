package se.larcentra.booking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** The part of this range that is also in the other, if any. */
    public Optional<TimeRange> intersection(TimeRange other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Optional.of(new TimeRange(from, to)) : Optional.empty();
    }

    /** What is left of the ranges {@code of} once the ranges {@code taken} are cut out, in order. */
    public static List<TimeRange> minus(List<TimeRange> of, List<TimeRange> taken) {
        List<TimeRange> sortedTaken = taken.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        List<TimeRange> left = new ArrayList<>();
        for (TimeRange range : of.stream().sorted(Comparator.comparing(TimeRange::start)).toList()) {
            Instant from = range.start;
            for (TimeRange cut : sortedTaken) {
                if (!cut.end.isAfter(from) || !cut.start.isBefore(range.end)) {
                    continue;
                }
                if (cut.start.isAfter(from)) {
                    left.add(new TimeRange(from, cut.start));
                }
                if (cut.end.isAfter(from)) {
                    from = cut.end;
                }
            }
            if (from.isBefore(range.end)) {
                left.add(new TimeRange(from, range.end));
            }
        }
        return left;
    }
}
