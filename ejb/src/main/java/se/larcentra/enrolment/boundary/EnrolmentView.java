package se.larcentra.enrolment.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.larcentra.enrolment.entity.EnrolmentStatus;

/**
 * An enrolment as its learner (or staff) sees it: status, place in the queue while waitlisted, and
 * every step it took.
 */
public record EnrolmentView(long id, long offeringId, String courseTitle, LocalDate startDate, LocalDate endDate,
        EnrolmentStatus status, Integer waitlistPosition, Instant appliedAt, long learnerId, String learnerName,
        List<Step> history) {

    /** One step: when, to which state, by whom (a username, or "system") and why. */
    public record Step(Instant at, EnrolmentStatus status, String by, String reason) {
    }
}
