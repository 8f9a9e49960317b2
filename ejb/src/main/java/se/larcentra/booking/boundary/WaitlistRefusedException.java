package se.larcentra.booking.boundary;

import jakarta.ejb.ApplicationException;

/** A queue entry that makes no sense: the slot is free (book it), or the person already queues for it. */
@ApplicationException(rollback = true)
public class WaitlistRefusedException extends RuntimeException {

    public enum Reason {
        SLOT_FREE("The room is free at that time: book it instead."),
        ALREADY_QUEUED("You are already in the queue for that time.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public WaitlistRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
