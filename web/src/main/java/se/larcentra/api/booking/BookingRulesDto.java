package se.larcentra.api.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.larcentra.booking.boundary.CentreRules;
import se.larcentra.booking.entity.BookingRules;

/**
 * A centre's booking rules in the API, in minutes and days, with its closed days from today on
 * ({@code closesAt} set on a day it closes early). The public holidays are closed too and not listed.
 */
public record BookingRulesDto(long centreId, int minMinutes, int maxMinutes, int gridMinutes, int leadDays, List<String> learnerRoomTypes,
        int memberQuotaMinutes, int visitorQuotaMinutes, List<ClosedDayDto> closedDays) {

    public record ClosedDayDto(LocalDate date, LocalTime closesAt, String note) {
    }

    public static BookingRulesDto of(CentreRules.RulesView v) {
        return new BookingRulesDto(v.centreId(), v.minMinutes(), v.maxMinutes(), BookingRules.GRID_MINUTES,
                v.leadDays(), v.learnerRoomTypes().stream().map(Enum::name).sorted().toList(), v.memberQuotaMinutes(),
                v.visitorQuotaMinutes(), v.closedDays().stream()
                        .map(d -> new ClosedDayDto(d.day(), d.closesAt().orElse(null), d.note().orElse(null))).toList());
    }
}
