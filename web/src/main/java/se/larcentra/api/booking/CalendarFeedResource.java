package se.larcentra.api.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import se.larcentra.api.CallableBy;
import se.larcentra.booking.boundary.BookingFeeds;

/**
 * {@code GET /api/v1/calendar/{token}.ics}: a person's bookings as an iCalendar feed. Calendar
 * programs subscribe without signing in, so the secret token in the address is the key; an unknown
 * one is a 404.
 */
@CallableBy(CallableBy.ANYONE)
@Path("v1/calendar")
@RequestScoped
public class CalendarFeedResource {

    public static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    BookingFeeds feeds;

    @GET
    @Path("{token: [A-Za-z0-9_-]{20,100}}.ics")
    @Produces(TEXT_CALENDAR)
    public String feed(@PathParam("token") String token) {
        return feeds.personalFeed(token);
    }
}
