package se.larcentra.api.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import se.larcentra.account.entity.Role;
import se.larcentra.api.CallableBy;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.ListEnvelope;
import se.larcentra.booking.boundary.RoomBookings;
import se.larcentra.booking.entity.BookingPurpose;

/**
 * Booking rooms: {@code POST /api/v1/bookings} {@code {"roomId", "start", "end", "purpose", "participants",
 * "forAccountId"?}} → 201, 422 with the {@code rule} broken, 409 with {@code alternatives} when taken;
 * {@code DELETE /api/v1/bookings/{id}?reason=}; {@code POST /api/v1/bookings/{id}/check-in};
 * {@code GET /api/v1/me/bookings} (upcoming first).
 */
@CallableBy({Role.LEARNER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class BookingsResource {

    /** Times with their offset: one without is a 400. */
    public record BookingBody(Long roomId, OffsetDateTime start, OffsetDateTime end, BookingPurpose purpose, Integer participants,
            Long forAccountId) {
    }

    @Inject
    RoomBookings bookings;

    @Context
    UriInfo uri;

    @POST
    @Path("bookings")
    public Response book(BookingBody body) {
        if (body == null) {
            throw new InvalidParameterException("body", "a JSON body is required");
        }
        BookingDto created = BookingDto.of(bookings.book(new RoomBookings.BookingForm(required("roomId", body.roomId()),
                required("start", body.start()).toInstant(), required("end", body.end()).toInstant(),
                required("purpose", body.purpose()), required("participants", body.participants()), body.forAccountId())));
        return Response.created(uri.getBaseUriBuilder().path("v1/me/bookings").build()).entity(created).build();
    }

    @DELETE
    @Path("bookings/{id: [0-9]+}")
    public BookingDto cancel(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return BookingDto.of(bookings.cancel(id, reason));
    }

    @POST
    @Path("bookings/{id: [0-9]+}/check-in")
    public BookingDto checkIn(@PathParam("id") long id) {
        return BookingDto.of(bookings.checkIn(id));
    }

    @GET
    @Path("me/bookings")
    public ListEnvelope<BookingDto> mine() {
        List<BookingDto> items = bookings.mine().stream().map(BookingDto::of).toList();
        return new ListEnvelope<>(items.size(), 0, Math.max(items.size(), 1), items);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidParameterException(field, field + " is required");
        }
        return value;
    }
}
