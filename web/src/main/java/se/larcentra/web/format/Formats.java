package se.larcentra.web.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import se.larcentra.web.i18n.LocaleBean;

/** {@code #{fmt.date(offering.startDate)}} and friends, in the session's language. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    @Inject
    LocaleBean localeBean;

    public String date(LocalDate date) {
        return DateFormats.date(date, locale());
    }

    public String dateRange(LocalDate from, LocalDate to) {
        return DateFormats.dateRange(from, to, locale());
    }

    public String time(LocalTime time) {
        return DateFormats.time(time);
    }

    public String timeRange(LocalTime from, LocalTime to) {
        return DateFormats.timeRange(from, to);
    }

    public String dateTime(Instant instant) {
        return DateFormats.dateTime(instant, locale());
    }

    public String day(DayOfWeek day) {
        return DateFormats.dayOfWeek(day, locale());
    }

    public String iso(LocalDate date) {
        return DateFormats.iso(date);
    }

    private Locale locale() {
        return localeBean.getLocale();
    }
}
