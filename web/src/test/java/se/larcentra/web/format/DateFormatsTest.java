package se.larcentra.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final Locale SV = Locale.forLanguageTag("sv");

    @Test
    void writesSwedishDatesWithoutFullStops() {
        assertThat(DateFormats.date(LocalDate.of(2026, 9, 1), SV)).isEqualTo("1 sep 2026");
        assertThat(DateFormats.date(LocalDate.of(2026, 5, 15), SV)).isEqualTo("15 maj 2026");
    }

    @Test
    void writesEnglishDatesWithCapitalMonths() {
        assertThat(DateFormats.date(LocalDate.of(2026, 9, 1), Locale.ENGLISH)).isEqualTo("1 Sep 2026");
    }

    @Test
    void joinsARangeWithADash() {
        assertThat(DateFormats.dateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 17), SV))
                .isEqualTo("1 sep 2026 – 17 jan 2027");
    }

    @Test
    void showsMomentsInStockholmTime() {
        // 06:30 UTC in summer is 08:30 in Sweden; in winter 07:30.
        assertThat(DateFormats.dateTime(Instant.parse("2026-08-31T06:30:00Z"), SV)).isEqualTo("31 aug 2026 08:30");
        assertThat(DateFormats.dateTime(Instant.parse("2026-12-31T23:30:00Z"), SV)).isEqualTo("1 jan 2027 00:30");
    }

    @Test
    void namesDaysInTheLanguage() {
        assertThat(DateFormats.dayOfWeek(DayOfWeek.MONDAY, SV)).isEqualTo("måndag");
        assertThat(DateFormats.dayOfWeek(DayOfWeek.MONDAY, Locale.ENGLISH)).isEqualTo("Monday");
    }
}
