package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larcentra.booking.entity.CentreCalendarTest.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesAndSlotsTest {

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheChangeToSummerTime() {
        List<TimeRange> weeks = WeeklySeries.occurrences(local("2027-03-23T10:00", "11:00"), 3);
        assertThat(weeks).containsExactly(local("2027-03-23T10:00", "11:00"), local("2027-03-30T10:00", "11:00"),
                local("2027-04-06T10:00", "11:00"));
        assertThat(Duration.between(weeks.get(0).start(), weeks.get(1).start())).as("an hour short").isEqualTo(Duration.ofHours(167));
        assertThat(weeks.get(0).start()).isEqualTo(Instant.parse("2027-03-23T09:00:00Z"));
        assertThat(weeks.get(1).start()).isEqualTo(Instant.parse("2027-03-30T08:00:00Z"));
    }

    @Test
    void aSeriesHasOneToFiftyTwoWeeks() {
        assertThat(WeeklySeries.occurrences(local("2027-03-23T10:00", "11:00"), 1)).hasSize(1);
        assertThatThrownBy(() -> WeeklySeries.occurrences(local("2027-03-23T10:00", "11:00"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklySeries.occurrences(local("2027-03-23T10:00", "11:00"), 53)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNearestFreeSlotsComeFirstOnTheGrid() {
        // Free 08:00–10:00 and 11:00–12:10 (an odd end), an hour wanted at 10:00.
        List<TimeRange> free = List.of(local("2027-03-23T08:00", "10:00"), local("2027-03-23T11:00", "12:10"));
        List<TimeRange> slots = FreeSlots.nearest(free, Duration.ofHours(1), local("2027-03-23T10:00", "11:00").start(), slot -> true, 3);
        assertThat(slots).containsExactly(local("2027-03-23T09:00", "10:00"), local("2027-03-23T11:00", "12:00"),
                local("2027-03-23T08:45", "09:45"));
    }

    @Test
    void slotsThatBreakTheRulesAreNotOffered() {
        List<TimeRange> free = List.of(local("2027-03-23T08:00", "12:00"));
        TimeRange morning = local("2027-03-23T08:00", "09:00");
        List<TimeRange> slots = FreeSlots.nearest(free, Duration.ofHours(1), morning.start(), slot -> !slot.equals(morning), 2);
        assertThat(slots).containsExactly(local("2027-03-23T08:15", "09:15"), local("2027-03-23T08:30", "09:30"));
    }

    @Test
    void aStretchStartingOffTheGridOffersTheNextQuarterHour() {
        List<TimeRange> free = List.of(local("2027-03-23T08:10", "09:30"));
        assertThat(FreeSlots.nearest(free, Duration.ofHours(1), free.get(0).start(), slot -> true, 5))
                .containsExactly(local("2027-03-23T08:15", "09:15"), local("2027-03-23T08:30", "09:30"));
    }
}
