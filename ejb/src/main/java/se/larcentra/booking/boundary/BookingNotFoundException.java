package se.larcentra.booking.boundary;

import jakarta.ejb.ApplicationException;
import se.larcentra.platform.boundary.NotFoundException;

/** No such booking, or not one the caller may act on: the two are not told apart. */
@ApplicationException(rollback = true)
public class BookingNotFoundException extends NotFoundException {

    public BookingNotFoundException(Object id) {
        super("booking", id);
    }
}
