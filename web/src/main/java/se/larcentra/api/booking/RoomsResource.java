package se.larcentra.api.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.larcentra.api.ApiLanguage;
import se.larcentra.api.ApiTimes;
import se.larcentra.api.CallableBy;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.ListEnvelope;
import se.larcentra.booking.boundary.Availability;
import se.larcentra.booking.boundary.BookingFeeds;
import se.larcentra.booking.boundary.FreeRoom;
import se.larcentra.booking.boundary.RoomBookings;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.RoomType;

/**
 * When rooms are free, for anyone: {@code GET /api/v1/rooms/{id}/availability?from=&to=} (at most 31
 * days), {@code GET /api/v1/rooms/free?centre=|municipality=&start=&end=&type=&equipment=&people=} and
 * {@code GET /api/v1/rooms/{id}/calendar.ics}.
 * Busy time is shown, never who booked it.
 */
@CallableBy(CallableBy.ANYONE)
@Path("v1/rooms")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RoomsResource {

    public record Span(OffsetDateTime start, OffsetDateTime end) {
    }

    public record AvailabilityDto(long roomId, OffsetDateTime from, OffsetDateTime to, List<Span> free, List<Span> busy) {
    }

    public record FreeRoomDto(long id, String name, long centreId, String centreName, String type, int capacity, List<String> equipment) {
    }

    @Inject
    RoomBookings bookings;

    @Inject
    BookingFeeds feeds;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id: [0-9]+}/availability")
    public AvailabilityDto availability(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Availability a = bookings.availability(id, ApiTimes.parameter("from", from), ApiTimes.parameter("to", to));
        return new AvailabilityDto(a.roomId(), ApiTimes.local(a.from()), ApiTimes.local(a.to()), spans(a.free()), spans(a.busy()));
    }

    /** The room's busy times as an iCalendar feed (never who booked). */
    @GET
    @Path("{id: [0-9]+}/calendar.ics")
    @Produces(CalendarFeedResource.TEXT_CALENDAR)
    public String calendar(@PathParam("id") long id) {
        return feeds.roomFeed(id, ApiLanguage.of(uri, headers));
    }

    @GET
    @Path("free")
    public ListEnvelope<FreeRoomDto> free(@QueryParam("centre") Long centre, @QueryParam("municipality") String municipality,
            @QueryParam("start") String start, @QueryParam("end") String end, @QueryParam("type") String type,
            @QueryParam("equipment") List<String> equipment, @QueryParam("people") Integer people) {
        List<FreeRoom> rooms = bookings.freeRooms(new RoomBookings.FreeRoomQuery(centre, municipality, ApiTimes.parameter("start", start),
                ApiTimes.parameter("end", end), type == null || type.isBlank() ? null : named(RoomType.class, "type", type),
                equipmentOf(equipment), people == null ? 1 : people), ApiLanguage.of(uri, headers));
        List<FreeRoomDto> items = rooms.stream().map(r -> new FreeRoomDto(r.roomId(), r.name(), r.centreId(), r.centreName(),
                r.type().name(), r.capacity(), r.equipment().stream().map(Enum::name).sorted().toList())).toList();
        return new ListEnvelope<>(items.size(), 0, Math.max(items.size(), 1), items);
    }

    private static List<Span> spans(List<Availability.Span> spans) {
        return spans.stream().map(s -> new Span(ApiTimes.local(s.start()), ApiTimes.local(s.end()))).toList();
    }

    private static Set<Equipment> equipmentOf(List<String> names) {
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (String list : names) {
            for (String name : list.split(",")) {
                if (!name.isBlank()) {
                    equipment.add(named(Equipment.class, "equipment", name));
                }
            }
        }
        return equipment;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, parameter + " must be one of " + EnumSet.allOf(type));
        }
    }
}
