package se.larcentra.enrolment.entity;

import jakarta.ejb.ApplicationException;

/**
 * An enrolment step that the rules do not allow now: already enrolled, applications closed, or a
 * move from a state that does not allow it. {@link #reason()} says which, for a translated message.
 */
@ApplicationException(rollback = true)
public class EnrolmentRefusedException extends RuntimeException {

    public enum Reason {
        ALREADY_ENROLLED("You already have an active application to this offering."),
        APPLICATION_CLOSED("Applications to this offering are not open."),
        NOT_ACTIVE("This application has already ended."),
        NOT_PENDING("Only an application awaiting approval can be approved or rejected."),
        REASON_REQUIRED("A reason is required."),
        NOT_SAME_COURSE("An application can only be moved to another offering of the same course.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public EnrolmentRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
