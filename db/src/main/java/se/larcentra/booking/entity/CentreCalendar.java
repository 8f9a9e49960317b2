package se.larcentra.booking.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.larcentra.centre.entity.ClosedDay;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.OpeningHours;

/**
 * When a centre is open on a given date: its weekly opening hours (a day may have several stretches,
 * say around a lunch break), except on Swedish public holidays and the centre's own closed days, and
 * until an earlier closing time on its shortened days.
 */
public final class CentreCalendar {

    private final List<OpeningHours> weekly;
    private final Set<LocalDate> closedDays;
    private final Map<LocalDate, LocalTime> shortenedDays;

    /**
     * @param shortenedDays a date and the time the centre closes that day instead
     */
    public CentreCalendar(Collection<OpeningHours> weekly, Set<LocalDate> closedDays, Map<LocalDate, LocalTime> shortenedDays) {
        this.weekly = weekly.stream().sorted().toList();
        this.closedDays = Set.copyOf(Objects.requireNonNull(closedDays, "closedDays"));
        this.shortenedDays = Map.copyOf(Objects.requireNonNull(shortenedDays, "shortenedDays"));
    }

    /** A centre's calendar: its weekly hours and its own closed and shortened days. */
    public static CentreCalendar of(LearningCentre centre) {
        Set<LocalDate> closed = new HashSet<>();
        Map<LocalDate, LocalTime> shortened = new HashMap<>();
        for (ClosedDay day : centre.getClosedDays()) {
            day.closesAt().ifPresentOrElse(closesAt -> shortened.put(day.day(), closesAt), () -> closed.add(day.day()));
        }
        return new CentreCalendar(centre.getOpeningHours(), closed, shortened);
    }

    /** Closed all day: a public holiday, one of the centre's closed days, or a weekday without opening hours. */
    public boolean isClosed(LocalDate date) {
        return openOn(date).isEmpty();
    }

    /** The stretches of time the centre is open on a date, in order; none on a closed day. */
    public List<TimeRange> openOn(LocalDate date) {
        if (SwedishHolidays.isHoliday(date) || closedDays.contains(date)) {
            return List.of();
        }
        LocalTime closingEarly = shortenedDays.getOrDefault(date, LocalTime.MAX);
        return weekly.stream()
                .filter(hours -> hours.day() == date.getDayOfWeek() && hours.opens().isBefore(closingEarly))
                .map(hours -> new TimeRange(SwedishTime.at(date, hours.opens()),
                        SwedishTime.at(date, hours.closes().isBefore(closingEarly) ? hours.closes() : closingEarly)))
                .sorted(Comparator.comparing(TimeRange::start))
                .toList();
    }

    /** Whether a span lies within one stretch of the opening hours of the day it starts on. */
    public boolean isOpenThroughout(TimeRange span) {
        return openOn(SwedishTime.local(span.start()).toLocalDate()).stream().anyMatch(open -> open.contains(span));
    }
}
