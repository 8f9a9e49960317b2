package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.larcentra.centre.entity.OpeningHours;

class CentreCalendarTest {

    /** Weekdays 08–12 and 13–17 (a lunch break), Sundays 10–14. */
    static List<OpeningHours> weekdaysWithLunchAndSundays() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new OpeningHours(day, LocalTime.of(13, 0), LocalTime.of(17, 0)));
            hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        }
        hours.add(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
        return hours;
    }

    static TimeRange local(String start, String end) {
        LocalDateTime from = LocalDateTime.parse(start);
        return new TimeRange(SwedishTime.at(from.toLocalDate(), from.toLocalTime()),
                SwedishTime.at(from.toLocalDate(), LocalTime.parse(end)));
    }

    private final CentreCalendar calendar = new CentreCalendar(weekdaysWithLunchAndSundays(),
            Set.of(LocalDate.of(2027, 4, 21)), Map.of(LocalDate.of(2027, 4, 22), LocalTime.of(14, 0)));

    @Test
    void aDayWithALunchBreakHasTwoStretchesInOrder() {
        assertThat(calendar.openOn(LocalDate.of(2027, 4, 20)))
                .containsExactly(local("2027-04-20T08:00", "12:00"), local("2027-04-20T13:00", "17:00"));
    }

    @Test
    void aBookingMustFitInOneStretch() {
        assertThat(calendar.isOpenThroughout(local("2027-04-20T10:00", "12:00"))).isTrue();
        assertThat(calendar.isOpenThroughout(local("2027-04-20T11:30", "13:30"))).as("across lunch").isFalse();
        assertThat(calendar.isOpenThroughout(local("2027-04-20T07:45", "09:00"))).as("before opening").isFalse();
        assertThat(calendar.isOpenThroughout(local("2027-04-20T16:00", "17:15"))).as("after closing").isFalse();
    }

    @Test
    void publicHolidaysTheCentresClosedDaysAndDaysWithoutHoursAreClosed() {
        assertThat(calendar.isClosed(LocalDate.of(2027, 3, 26))).as("Good Friday").isTrue();
        assertThat(calendar.isClosed(LocalDate.of(2027, 3, 29))).as("Easter Monday").isTrue();
        assertThat(calendar.isClosed(LocalDate.of(2027, 4, 21))).as("the centre's own closed day").isTrue();
        assertThat(calendar.isClosed(LocalDate.of(2027, 4, 24))).as("a Saturday").isTrue();
        assertThat(calendar.isClosed(LocalDate.of(2027, 4, 20))).isFalse();
        assertThat(calendar.openOn(LocalDate.of(2027, 4, 21))).isEmpty();
    }

    @Test
    void aShortenedDayEndsAtItsClosingTime() {
        assertThat(calendar.openOn(LocalDate.of(2027, 4, 22)))
                .containsExactly(local("2027-04-22T08:00", "12:00"), local("2027-04-22T13:00", "14:00"));
        assertThat(new CentreCalendar(weekdaysWithLunchAndSundays(), Set.of(), Map.of(LocalDate.of(2027, 4, 22), LocalTime.of(11, 0)))
                .openOn(LocalDate.of(2027, 4, 22))).containsExactly(local("2027-04-22T08:00", "11:00"));
    }

    @Test
    void onTheSundaysTheClocksChangeTheHoursAreLocalHours() {
        // The clocks go forward at 02:00 and back at 03:00; a centre open 10–14 is open four real hours.
        // (2026: in 2027 the last Sunday of March is Easter Day, closed.)
        assertThat(calendar.openOn(LocalDate.of(2026, 3, 29))).singleElement()
                .satisfies(open -> assertThat(open.duration()).isEqualTo(Duration.ofHours(4)))
                .isEqualTo(local("2026-03-29T10:00", "14:00"));
        assertThat(calendar.isClosed(LocalDate.of(2027, 3, 28))).as("Easter Day").isTrue();
        assertThat(calendar.openOn(LocalDate.of(2027, 10, 31))).singleElement()
                .satisfies(open -> assertThat(open.duration()).isEqualTo(Duration.ofHours(4)));
    }
}
