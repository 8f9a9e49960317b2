package se.larcentra.web.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.larcentra.centre.entity.OpeningHours;

class CentrePageTest {

    @Test
    void listsTheWholeWeekWithClosedDaysAndSplitDays() {
        List<CentrePage.Day> week = CentrePage.week(List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(15, 0))),
                Locale.forLanguageTag("sv"));

        assertThat(week).hasSize(7);
        assertThat(week.get(0).name()).isEqualTo("Måndag");
        assertThat(week.get(0).hours()).isEqualTo("08:00–12:00, 13:00–16:00");
        assertThat(week.get(1).closed()).isTrue();
        assertThat(week.get(4).hours()).isEqualTo("08:00–15:00");
        assertThat(week.get(6).name()).isEqualTo("Söndag");
    }

    @Test
    void dialsOnlyDigitsAndALeadingPlus() {
        assertThat(CentrePage.telHref("0565-756 55")).isEqualTo("tel:056575655");
        assertThat(CentrePage.telHref("+46 565-75655")).isEqualTo("tel:+4656575655");
        assertThat(CentrePage.telHref(" ")).isNull();
    }
}
