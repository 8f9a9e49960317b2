package se.larcentra.booking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Slots of a given length on the quarter-hour grid within free time, nearest a wanted start first. */
public final class FreeSlots {

    private FreeSlots() {
    }

    /**
     * @param free    the free stretches (open and not booked)
     * @param allowed whether a slot keeps the rules that bind the one asking
     */
    public static List<TimeRange> nearest(List<TimeRange> free, Duration length, Instant wanted, Predicate<TimeRange> allowed, int limit) {
        Duration step = Duration.ofMinutes(BookingRules.GRID_MINUTES);
        List<TimeRange> slots = new ArrayList<>();
        for (TimeRange stretch : free) {
            Instant start = onGridFrom(stretch.start());
            for (; !start.plus(length).isAfter(stretch.end()); start = start.plus(step)) {
                TimeRange slot = new TimeRange(start, start.plus(length));
                if (allowed.test(slot)) {
                    slots.add(slot);
                }
            }
        }
        return slots.stream()
                .sorted(Comparator.comparing((TimeRange slot) -> Duration.between(wanted, slot.start()).abs()).thenComparing(TimeRange::start))
                .limit(limit)
                .toList();
    }

    /** The first quarter hour (local time) at or after a moment. */
    static Instant onGridFrom(Instant instant) {
        var local = SwedishTime.local(instant);
        int past = local.getMinute() % BookingRules.GRID_MINUTES;
        if (past == 0 && local.getSecond() == 0 && local.getNano() == 0) {
            return instant;
        }
        var next = local.withSecond(0).withNano(0).plusMinutes(BookingRules.GRID_MINUTES - past);
        return SwedishTime.at(next.toLocalDate(), next.toLocalTime());
    }
}
