package se.larcentra.booking.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request keeps every rule, but the room is booked for part of that time (by whoever, the
 * caller included); {@link #alternatives()} are free ones the caller could book instead.
 */
@ApplicationException(rollback = true)
public class RoomTakenException extends RuntimeException {

    private final transient List<Slot> alternatives;

    public RoomTakenException(List<Slot> alternatives) {
        super("The room is already booked for part of that time.");
        this.alternatives = List.copyOf(alternatives);
    }

    public List<Slot> alternatives() {
        return alternatives;
    }
}
