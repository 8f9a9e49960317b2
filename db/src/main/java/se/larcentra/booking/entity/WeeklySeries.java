package se.larcentra.booking.entity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/** The occurrences of a weekly series: the same local times each week, across the DST changes. */
public final class WeeklySeries {

    /** The most weeks one series may have. */
    public static final int MAX_WEEKS = 52;

    private WeeklySeries() {
    }

    public static List<TimeRange> occurrences(TimeRange first, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("a series has 1 to " + MAX_WEEKS + " weeks: " + weeks);
        }
        LocalDateTime start = SwedishTime.local(first.start());
        LocalDateTime end = SwedishTime.local(first.end());
        return IntStream.range(0, weeks).mapToObj(week -> new TimeRange(
                SwedishTime.at(start.plusWeeks(week).toLocalDate(), start.toLocalTime()),
                SwedishTime.at(end.plusWeeks(week).toLocalDate(), end.toLocalTime()))).toList();
    }
}
