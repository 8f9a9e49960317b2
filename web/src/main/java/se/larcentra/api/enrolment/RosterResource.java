package se.larcentra.api.enrolment;

import se.larcentra.api.CallableBy;
import se.larcentra.account.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import se.larcentra.api.ListEnvelope;
import se.larcentra.enrolment.boundary.Enrolments;

/**
 * {@code GET /api/v1/offerings/{id}/enrolments}: everyone who applied to an offering, for its
 * teachers, the coordinators of its centres and administrators. (A class of its own: under
 * {@code v1/offerings} this path would go to the catalogue's resource.)
 */
@CallableBy({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
@Path("v1/offerings/{id: [0-9]+}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RosterResource {

    /** A learner on an offering's list. */
    @jakarta.json.bind.annotation.JsonbNillable
    public record RosterEntry(long id, long learnerId, String learnerName, String status, Integer waitlistPosition,
            Instant appliedAt, List<EnrolmentsResource.Step> history) {
    }

    @Inject
    Enrolments enrolments;

    @GET
    public ListEnvelope<RosterEntry> roster(@PathParam("id") long offeringId) {
        List<RosterEntry> items = enrolments.roster(offeringId).stream()
                .map(v -> new RosterEntry(v.id(), v.learnerId(), v.learnerName(), v.status().name(), v.waitlistPosition(),
                        v.appliedAt(), EnrolmentsResource.EnrolmentDto.of(v).history()))
                .toList();
        return new ListEnvelope<>(items.size(), 0, Math.max(items.size(), 1), items);
    }
}
