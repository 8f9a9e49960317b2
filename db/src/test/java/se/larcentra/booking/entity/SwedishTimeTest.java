package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SwedishTimeTest {

    @Test
    void halfPastTwoOnTheNightTheClocksGoForwardDoesNotExist() {
        assertThat(SwedishTime.exactly(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30))).isEmpty();
        assertThat(SwedishTime.exactly(LocalDate.of(2027, 3, 28), LocalTime.of(3, 30)))
                .contains(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    void halfPastTwoOnTheNightTheClocksGoBackHappensTwiceSoNamesNoOneMoment() {
        assertThat(SwedishTime.exactly(LocalDate.of(2027, 10, 31), LocalTime.of(2, 30))).isEmpty();
        assertThat(SwedishTime.exactly(LocalDate.of(2027, 10, 31), LocalTime.of(8, 0)))
                .contains(Instant.parse("2027-10-31T07:00:00Z"));
    }

    @Test
    void theQuotaWeekRunsFromMondayMidnightToMondayMidnightLocalTime() {
        TimeRange week = SwedishTime.weekOf(Instant.parse("2027-03-21T22:30:00Z")); // Sunday 23:30 local
        assertThat(week.start()).isEqualTo(Instant.parse("2027-03-14T23:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2027-03-21T23:00:00Z"));

        TimeRange next = SwedishTime.weekOf(Instant.parse("2027-03-21T23:00:00Z")); // Monday 00:00 local
        assertThat(next.start()).isEqualTo(week.end());
    }

    @Test
    void theWeekTheClocksGoForwardIsAnHourShort() {
        TimeRange week = SwedishTime.weekOf(Instant.parse("2027-03-24T12:00:00Z"));
        assertThat(week.duration()).isEqualTo(Duration.ofHours(167));
        assertThat(week.end()).isEqualTo(Instant.parse("2027-03-28T22:00:00Z")); // Monday 00:00 CEST
    }
}
