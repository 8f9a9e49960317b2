package se.larcentra.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import se.larcentra.account.entity.Role;
import se.larcentra.api.CallableBy;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.Problem;
import se.larcentra.api.booking.BookingRulesDto;
import se.larcentra.booking.boundary.CentreRules;
import se.larcentra.centre.boundary.CentreAdmin;

/**
 * Centres and rooms: {@code POST /api/v1/admin/centres}, {@code PUT .../{id}},
 * {@code POST .../{id}/deactivation|activation}; rooms and opening hours of a centre (its
 * coordinators too): {@code POST /api/v1/admin/centres/{id}/rooms}, {@code PUT .../rooms/{roomId}},
 * {@code POST .../rooms/{roomId}/deactivation|activation}, {@code PUT .../{id}/opening-hours},
 * {@code PUT|DELETE .../{id}/closed-days/{date}}, {@code PUT .../{id}/booking-rules}.
 * (A class of its own under {@code v1/admin/centres}: JAX-RS picks the longest matching root path.)
 */
@CallableBy(Role.ADMINISTRATOR_NAME)
@Path("v1/admin/centres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CentreAdminResource {

    @Inject
    CentreAdmin admin;

    @Inject
    CentreRules rules;

    @POST
    public Response createCentre(CentreAdmin.CentreForm form) {
        return created(admin.createCentre(required(form)));
    }

    @PUT
    @Path("{id: [0-9]+}")
    public Response updateCentre(@PathParam("id") long id, CentreAdmin.CentreForm form) {
        admin.updateCentre(id, required(form));
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/{state: deactivation|activation}")
    public Response centreActive(@PathParam("id") long id, @PathParam("state") String state) {
        admin.setCentreActive(id, state.equals("activation"));
        return Response.noContent().build();
    }

    @CallableBy({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @POST
    @Path("{id: [0-9]+}/rooms")
    public Response addRoom(@PathParam("id") long centreId, CentreAdmin.RoomForm form) {
        return created(admin.addRoom(centreId, required(form)));
    }

    @CallableBy({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @PUT
    @Path("{id: [0-9]+}/rooms/{room: [0-9]+}")
    public Response updateRoom(@PathParam("id") long centreId, @PathParam("room") long roomId, CentreAdmin.RoomForm form) {
        admin.updateRoom(centreId, roomId, required(form));
        return Response.noContent().build();
    }

    @CallableBy({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @POST
    @Path("{id: [0-9]+}/rooms/{room: [0-9]+}/{state: deactivation|activation}")
    public Response roomActive(@PathParam("id") long centreId, @PathParam("room") long roomId, @PathParam("state") String state) {
        admin.setRoomActive(centreId, roomId, state.equals("activation"));
        return Response.noContent().build();
    }

    @CallableBy({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @PUT
    @Path("{id: [0-9]+}/opening-hours")
    public Response openingHours(@PathParam("id") long centreId, List<CentreAdmin.Hours> hours) {
        admin.setOpeningHours(centreId, required(hours));
        return Response.noContent().build();
    }

    /** Closes the centre on a day: {@code {}} all day, {@code {"closesAt": "12:00", "note"}} from then. */
    @CallableBy({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @PUT
    @Path("{id: [0-9]+}/closed-days/{day}")
    public Response closeDay(@PathParam("id") long centreId, @PathParam("day") String day, CentreAdmin.ClosedDayForm form) {
        admin.closeDay(centreId, date(day), form == null ? new CentreAdmin.ClosedDayForm(null, null) : form);
        return Response.noContent().build();
    }

    @CallableBy({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @DELETE
    @Path("{id: [0-9]+}/closed-days/{day}")
    public Response reopenDay(@PathParam("id") long centreId, @PathParam("day") String day) {
        return admin.reopenDay(centreId, date(day)) ? Response.noContent().build()
                : Problem.of(404, "The centre is not closed on " + day + ".").toResponse();
    }

    /** The centre's booking rules, in minutes and days; the answer is the rules now in force. */
    @CallableBy({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @PUT
    @Path("{id: [0-9]+}/booking-rules")
    public BookingRulesDto bookingRules(@PathParam("id") long centreId, CentreRules.RulesForm form) {
        return BookingRulesDto.of(rules.change(centreId, required(form)));
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("day", "day must be a date such as 2027-03-29");
        }
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidParameterException("body", "a JSON body is required");
        }
        return body;
    }

    static Response created(long id) {
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
