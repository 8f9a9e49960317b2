package se.larcentra.booking.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking stands. A confirmed or checked-in booking holds its room ({@link #holdsRoom()});
 * a cancelled one, or one released because nobody checked in, does not.
 */
public enum BookingStatus {
    CONFIRMED, CHECKED_IN, CANCELLED, NO_SHOW;

    /** The statuses that hold the room, as the database's exclusion constraint names them too. */
    public static final Set<BookingStatus> HOLDING = EnumSet.of(CONFIRMED, CHECKED_IN);

    public boolean holdsRoom() {
        return HOLDING.contains(this);
    }
}
