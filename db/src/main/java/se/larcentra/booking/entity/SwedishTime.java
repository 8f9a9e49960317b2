package se.larcentra.booking.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Local time where the centres are (Europe/Stockholm), in which opening hours, the booking grid and
 * the quota week are meant.
 */
public final class SwedishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /**
     * The moment a local date and time names, if it names exactly one: not a time skipped when the
     * clocks go forward (02:30 on the last Sunday of March), nor one that happens twice when they go
     * back (02:30 on the last Sunday of October).
     */
    public static Optional<Instant> exactly(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        var offsets = ZONE.getRules().getValidOffsets(local);
        return offsets.size() == 1 ? Optional.of(local.toInstant(offsets.get(0))) : Optional.empty();
    }

    /**
     * The moment a local date and time names; in a gap, the moment the clocks jumped to; when it happens
     * twice, the earlier. For bounds such as opening hours, which never lie in the night anyway.
     */
    public static Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, ZONE).toInstant();
    }

    /** The quota week that holds a moment: Monday 00:00 to the next Monday 00:00, local time. */
    public static TimeRange weekOf(Instant instant) {
        LocalDate monday = local(instant).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimeRange(at(monday, LocalTime.MIDNIGHT), at(monday.plusWeeks(1), LocalTime.MIDNIGHT));
    }
}
