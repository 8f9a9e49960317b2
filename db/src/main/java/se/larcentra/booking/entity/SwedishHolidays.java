package se.larcentra.booking.entity;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The days the centres are closed without saying so: Sweden's public holidays and the eves kept as
 * such (midsummer, Christmas and New Year's Eve), of any year, from Jollyday's Swedish calendar.
 */
public final class SwedishHolidays {

    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private SwedishHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    public static Set<LocalDate> of(int year) {
        return BY_YEAR.computeIfAbsent(year, SwedishHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        HolidayManager sweden = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
        return sweden.getHolidays(Year.of(year)).stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }
}
