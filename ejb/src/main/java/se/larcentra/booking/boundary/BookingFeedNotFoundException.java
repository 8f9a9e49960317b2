package se.larcentra.booking.boundary;

import jakarta.ejb.ApplicationException;
import se.larcentra.platform.boundary.NotFoundException;

/** No feed at that address (never one, or replaced by a new one). */
@ApplicationException(rollback = true)
public class BookingFeedNotFoundException extends NotFoundException {

    public BookingFeedNotFoundException() {
        super("calendar feed", "that address");
    }
}
