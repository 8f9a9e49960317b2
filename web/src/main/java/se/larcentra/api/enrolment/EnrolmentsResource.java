package se.larcentra.api.enrolment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import se.larcentra.api.CallableBy;
import se.larcentra.account.entity.Role;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.ListEnvelope;
import se.larcentra.enrolment.boundary.ApplyResult;
import se.larcentra.enrolment.boundary.EnrolmentView;
import se.larcentra.enrolment.boundary.Enrolments;

/**
 * A learner's applications: {@code POST /api/v1/enrolments} {@code {"offeringId"}} → 201;
 * {@code GET /api/v1/me/enrolments}; {@code GET} and {@code DELETE /api/v1/enrolments/{id}} (withdraw).
 * Staff: {@code POST /api/v1/enrolments/{id}/decision} {@code {"decision": "ADMIT"|"REJECT", "reason"}}.
 */
@CallableBy(Role.LEARNER_NAME)
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class EnrolmentsResource {

    public record Application(Long offeringId) {
    }

    public record DecisionRequest(String decision, String reason) {
    }

    /** {@code overrideWindow}: administrators only, with a reason; the target's application window does not apply. */
    public record MoveRequest(Long offeringId, String reason, Boolean overrideWindow) {
    }

    public record Step(Instant at, String status, String by, String reason) {
    }

    /**
     * An enrolment in the API; {@code waitlistPosition} is null (present) unless waitlisted;
     * {@code studyLoadPercent} and {@code studyLoadWarning} are set only in the answer to applying.
     */
    @jakarta.json.bind.annotation.JsonbNillable
    public record EnrolmentDto(long id, long offeringId, String title, String status, Integer waitlistPosition,
            Instant appliedAt, List<Step> history, Integer studyLoadPercent, Boolean studyLoadWarning) {

        static EnrolmentDto of(EnrolmentView v) {
            return new EnrolmentDto(v.id(), v.offeringId(), v.courseTitle(), v.status().name(), v.waitlistPosition(),
                    v.appliedAt(), v.history().stream().map(s -> new Step(s.at(), s.status().name(), s.by(), s.reason())).toList(),
                    null, null);
        }

        static EnrolmentDto of(ApplyResult r) {
            EnrolmentDto base = of(r.enrolment());
            return new EnrolmentDto(base.id(), base.offeringId(), base.title(), base.status(), base.waitlistPosition(),
                    base.appliedAt(), base.history(), r.overlappingPacePercent().orElse(null), r.studyLoadWarning());
        }
    }

    @Inject
    Enrolments enrolments;

    @Context
    UriInfo uri;

    @POST
    @Path("enrolments")
    public Response apply(Application application) {
        if (application == null || application.offeringId() == null) {
            throw new InvalidParameterException("offeringId", "offeringId is required");
        }
        EnrolmentDto created = EnrolmentDto.of(enrolments.apply(application.offeringId()));
        return Response.created(uri.getBaseUriBuilder().path("v1/enrolments/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("me/enrolments")
    public ListEnvelope<EnrolmentDto> mine() {
        List<EnrolmentDto> items = enrolments.mine().stream().map(EnrolmentDto::of).toList();
        return new ListEnvelope<>(items.size(), 0, Math.max(items.size(), 1), items);
    }

    @GET
    @Path("enrolments/{id: [0-9]+}")
    public EnrolmentDto get(@PathParam("id") long id) {
        return EnrolmentDto.of(enrolments.mineById(id));
    }

    @DELETE
    @Path("enrolments/{id: [0-9]+}")
    public Response withdraw(@PathParam("id") long id) {
        enrolments.withdraw(id);
        return Response.noContent().build();
    }

    /** Staff: moves an active application to another offering of the same course; the new enrolment. */
    @CallableBy({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @POST
    @Path("enrolments/{id: [0-9]+}/move")
    public EnrolmentDto move(@PathParam("id") long id, MoveRequest request) {
        if (request == null || request.offeringId() == null) {
            throw new InvalidParameterException("offeringId", "offeringId (the offering to move to) is required");
        }
        return EnrolmentDto.of(enrolments.move(id, request.offeringId(), request.reason(),
                Boolean.TRUE.equals(request.overrideWindow())));
    }

    @CallableBy({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    @POST
    @Path("enrolments/{id: [0-9]+}/decision")
    public EnrolmentDto decide(@PathParam("id") long id, DecisionRequest request) {
        Enrolments.Decision decision;
        try {
            decision = Enrolments.Decision.valueOf(request == null || request.decision() == null ? "" : request.decision().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("decision", "decision must be ADMIT or REJECT");
        }
        return EnrolmentDto.of(enrolments.decide(id, decision, request.reason()));
    }
}
