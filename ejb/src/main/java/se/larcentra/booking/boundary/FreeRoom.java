package se.larcentra.booking.boundary;

import java.util.Set;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.RoomType;

/** A room free for a whole interval. */
public record FreeRoom(long roomId, String name, long centreId, String centreName, RoomType type, int capacity,
        Set<Equipment> equipment) {
}
