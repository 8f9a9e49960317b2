package se.larcentra.api.booking;

import java.time.OffsetDateTime;
import se.larcentra.api.ApiTimes;
import se.larcentra.booking.boundary.BookingView;

/** A booking in the API; times in Europe/Stockholm with their offset; {@code checkedInAt} absent until checked in. */
public record BookingDto(long id, long roomId, String roomName, long centreId, String centreName, OffsetDateTime start,
        OffsetDateTime end, String purpose, int participants, String status, OffsetDateTime checkedInAt) {

    static BookingDto of(BookingView v) {
        return new BookingDto(v.id(), v.roomId(), v.roomName(), v.centreId(), v.centreName(), ApiTimes.local(v.start()),
                ApiTimes.local(v.end()), v.purpose().name(), v.participants(), v.status().name(), ApiTimes.local(v.checkedInAt()));
    }
}
