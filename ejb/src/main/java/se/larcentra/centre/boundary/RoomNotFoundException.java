package se.larcentra.centre.boundary;

import jakarta.ejb.ApplicationException;
import se.larcentra.platform.boundary.NotFoundException;

@ApplicationException(rollback = true)
public class RoomNotFoundException extends NotFoundException {

    public RoomNotFoundException(Object id) {
        super("room", id);
    }
}
