package se.larcentra.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import se.larcentra.booking.entity.SwedishTime;

/**
 * Moments in the API where people book: answered in Europe/Stockholm local time with its offset
 * ({@code 2027-03-29T08:00:00+02:00}), asked with an offset, never without one.
 */
public final class ApiTimes {

    private ApiTimes() {
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(SwedishTime.ZONE).toOffsetDateTime();
    }

    /** A required query parameter holding a moment with its offset; a 400 naming it otherwise. */
    public static Instant parameter(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, name + " is required");
        }
        try {
            // An unencoded "+" in a query string arrives as a space.
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be a moment with its offset, such as 2027-03-29T08:00:00+02:00");
        }
    }
}
