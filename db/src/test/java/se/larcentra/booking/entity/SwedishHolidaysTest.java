package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SwedishHolidaysTest {

    @Test
    void easterMovesAndIsComputedForEachYear() {
        assertThat(SwedishHolidays.of(2027)).contains(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 28),
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 16));
        assertThat(SwedishHolidays.of(2028)).contains(LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17));
    }

    @Test
    void theEvesSwedenKeepsAsHolidaysAreClosedToo() {
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2027, 6, 25))).as("midsummer eve").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2027, 12, 24))).as("Christmas Eve").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2027, 12, 31))).as("New Year's Eve").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2027, 6, 6))).as("national day").isTrue();
    }

    @Test
    void anOrdinaryDayIsNoHoliday() {
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2027, 3, 30))).isFalse();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2027, 6, 24))).isFalse();
    }
}
