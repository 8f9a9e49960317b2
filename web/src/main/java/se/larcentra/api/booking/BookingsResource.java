package se.larcentra.api.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import se.larcentra.api.ApiTimes;
import se.larcentra.api.CallableBy;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.ListEnvelope;
import se.larcentra.booking.boundary.BookingFeeds;
import se.larcentra.booking.boundary.RoomBookings;
import se.larcentra.booking.boundary.SeriesResult;
import se.larcentra.booking.entity.BookingPurpose;

/**
 * Booking rooms: {@code POST /api/v1/bookings} {@code {"roomId", "start", "end", "purpose", "participants",
 * "forAccountId"?}} → 201, 422 with the {@code rule} broken, 409 with {@code alternatives} when taken;
 * {@code POST /api/v1/booking-series} (the same plus {@code "weeks"}, {@code "onConflict": "FAIL"|"SKIP"});
 * {@code POST /api/v1/booking-waitlist} {@code {"roomId", "start", "end"}} → 201 {@code {"id", "position"}};
 * {@code PUT /api/v1/bookings/{id}} {@code {"roomId"?, "start", "end"}} moves it (same rules, same answers);
 * {@code DELETE /api/v1/bookings/{id}?reason=}; {@code POST /api/v1/bookings/{id}/check-in};
 * {@code GET /api/v1/me/bookings} (upcoming first); {@code GET /api/v1/me/calendar} → {@code {"url"}} of the
 * private feed, {@code POST} the same for a new address.
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

    /** A weekly series: the first occurrence, how many weeks, and FAIL (all or nothing) or SKIP (book the free ones). */
    public record SeriesBody(Long roomId, OffsetDateTime start, OffsetDateTime end, BookingPurpose purpose, Integer participants,
            Long forAccountId, Integer weeks, RoomBookings.OnConflict onConflict) {
    }

    /** A queue entry for a taken slot: purpose and participants are optional (self-study, one person). */
    public record QueueBody(Long roomId, OffsetDateTime start, OffsetDateTime end, BookingPurpose purpose, Integer participants) {
    }

    public record QueuePlaceDto(long id, int position) {
    }

    public record SkippedDto(OffsetDateTime start, OffsetDateTime end, String reason) {
    }

    public record SeriesDto(List<BookingDto> bookings, List<SkippedDto> skipped) {
    }

    /** Where and when to move a booking; without roomId, the same room. */
    public record MoveBody(Long roomId, OffsetDateTime start, OffsetDateTime end) {
    }

    public record FeedDto(String url) {
    }

    @Inject
    RoomBookings bookings;

    @Inject
    BookingFeeds feeds;

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

    @POST
    @Path("booking-series")
    public Response bookSeries(SeriesBody body) {
        if (body == null) {
            throw new InvalidParameterException("body", "a JSON body is required");
        }
        SeriesResult series = bookings.bookSeries(new RoomBookings.BookingForm(required("roomId", body.roomId()),
                required("start", body.start()).toInstant(), required("end", body.end()).toInstant(), required("purpose", body.purpose()),
                required("participants", body.participants()), body.forAccountId()), required("weeks", body.weeks()),
                body.onConflict() == null ? RoomBookings.OnConflict.FAIL : body.onConflict());
        SeriesDto created = new SeriesDto(series.booked().stream().map(BookingDto::of).toList(), series.skipped().stream()
                .map(s -> new SkippedDto(ApiTimes.local(s.start()), ApiTimes.local(s.end()), s.reason())).toList());
        return Response.created(uri.getBaseUriBuilder().path("v1/me/bookings").build()).entity(created).build();
    }

    @POST
    @Path("booking-waitlist")
    public Response joinWaitlist(QueueBody body) {
        if (body == null) {
            throw new InvalidParameterException("body", "a JSON body is required");
        }
        RoomBookings.QueuePlace place = bookings.joinWaitlist(new RoomBookings.BookingForm(required("roomId", body.roomId()),
                required("start", body.start()).toInstant(), required("end", body.end()).toInstant(),
                body.purpose() == null ? BookingPurpose.SELF_STUDY : body.purpose(), body.participants() == null ? 1 : body.participants(),
                null));
        return Response.status(Response.Status.CREATED).entity(new QueuePlaceDto(place.id(), place.position())).build();
    }

    @PUT
    @Path("bookings/{id: [0-9]+}")
    public BookingDto move(@PathParam("id") long id, MoveBody body) {
        if (body == null) {
            throw new InvalidParameterException("body", "a JSON body is required");
        }
        return BookingDto.of(bookings.move(id, new RoomBookings.MoveForm(body.roomId(), required("start", body.start()).toInstant(),
                required("end", body.end()).toInstant())));
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

    /** The address of the caller's private calendar feed, which calendar programs subscribe to. */
    @GET
    @Path("me/calendar")
    public FeedDto myCalendar() {
        return feedAt(feeds.myFeedToken());
    }

    /** A new address for the caller's feed; the old one stops working. */
    @POST
    @Path("me/calendar")
    public FeedDto newCalendarAddress() {
        return feedAt(feeds.replaceMyFeedToken());
    }

    private FeedDto feedAt(String token) {
        return new FeedDto(uri.getBaseUriBuilder().path("v1/calendar/{token}.ics").build(token).toString());
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidParameterException(field, field + " is required");
        }
        return value;
    }
}
