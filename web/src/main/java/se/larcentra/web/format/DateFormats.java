package se.larcentra.web.format;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and times as people in Sweden write them: "1 sep 2026" (Swedish) and "1 Sep 2026"
 * (English), 24-hour times, moments shown in Europe/Stockholm. The month abbreviations are our own,
 * without the full stops the CLDR data puts after Swedish ones ("sep.").
 */
public final class DateFormats {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String DASH = "\u2013";

    private static final List<String> SV_MONTHS =
            List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
    private static final List<String> EN_MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static final DateTimeFormatter SV_DATE = dateFormatter(SV_MONTHS);
    private static final DateTimeFormatter EN_DATE = dateFormatter(EN_MONTHS);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DateFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : (isEnglish(locale) ? EN_DATE : SV_DATE).format(date);
    }

    /** "1 sep 2026 – 17 jan 2027"; an open end shows only the known date. */
    public static String dateRange(LocalDate from, LocalDate to, Locale locale) {
        if (from == null || to == null) {
            return from == null ? date(to, locale) : date(from, locale);
        }
        if (from.equals(to)) {
            return date(from, locale);
        }
        return date(from, locale) + " " + DASH + " " + date(to, locale);
    }

    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String timeRange(LocalTime from, LocalTime to) {
        return time(from) + DASH + time(to);
    }

    /** A moment as a Stockholm date and time: "1 sep 2026 08:00". */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(STOCKHOLM);
        return date(local.toLocalDate(), locale) + " " + time(local.toLocalTime());
    }

    /** "måndag" / "Monday". */
    public static String dayOfWeek(DayOfWeek day, Locale locale) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, isEnglish(locale) ? Locale.ENGLISH : locale);
    }

    /** ISO date for machines ({@code <time datetime>}). */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static DateTimeFormatter dateFormatter(List<String> months) {
        Map<Long, String> byMonth = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            byMonth.put((long) m, months.get(m - 1));
        }
        return new DateTimeFormatterBuilder()
                .appendValue(ChronoField.DAY_OF_MONTH)
                .appendLiteral(' ')
                .appendText(ChronoField.MONTH_OF_YEAR, byMonth)
                .appendLiteral(' ')
                .appendValue(ChronoField.YEAR, 4)
                .toFormatter(Locale.ROOT);
    }
}
