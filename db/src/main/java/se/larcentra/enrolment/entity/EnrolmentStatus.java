package se.larcentra.enrolment.entity;

/** The states of an application to an offering. The first three are active: they hold or wait for a seat. */
public enum EnrolmentStatus {
    ADMITTED, WAITLISTED, PENDING_APPROVAL,
    REJECTED, WITHDRAWN, NOT_ADMITTED, COMPLETED, CANCELLED;

    public boolean isActive() {
        return this == ADMITTED || this == WAITLISTED || this == PENDING_APPROVAL;
    }
}
