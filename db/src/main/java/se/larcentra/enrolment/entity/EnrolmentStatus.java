package se.larcentra.enrolment.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of an application to an offering. The first three are active: they hold or wait for a
 * seat. The rest are ends: nothing follows them.
 */
public enum EnrolmentStatus {
    ADMITTED, WAITLISTED, PENDING_APPROVAL,
    REJECTED, WITHDRAWN, NOT_ADMITTED, COMPLETED, CANCELLED;

    /** Where each active state may go: approval decides, the waitlist moves up, time and cancellation end. */
    private static final Map<EnrolmentStatus, Set<EnrolmentStatus>> NEXT = Map.of(
            PENDING_APPROVAL, EnumSet.of(ADMITTED, WAITLISTED, REJECTED, WITHDRAWN, NOT_ADMITTED, CANCELLED),
            WAITLISTED, EnumSet.of(ADMITTED, WITHDRAWN, NOT_ADMITTED, CANCELLED),
            ADMITTED, EnumSet.of(WITHDRAWN, COMPLETED, CANCELLED));

    /** How a new application starts. */
    static final Set<EnrolmentStatus> ARRIVALS = EnumSet.of(ADMITTED, WAITLISTED, PENDING_APPROVAL);

    public boolean isActive() {
        return this == ADMITTED || this == WAITLISTED || this == PENDING_APPROVAL;
    }

    /** Whether an application in {@code from} (null: a new one) may move to {@code next}. */
    public static boolean allows(EnrolmentStatus from, EnrolmentStatus next) {
        return from == null ? ARRIVALS.contains(next) : NEXT.getOrDefault(from, Set.of()).contains(next);
    }
}
