package se.larcentra.booking.entity;

import jakarta.ejb.ApplicationException;

/** A step a booking cannot take in the state it is in, or not now; {@link #reason()} says which. */
@ApplicationException(rollback = true)
public class BookingStateException extends RuntimeException {

    public enum Reason {
        NOT_CANCELLABLE("Only a confirmed booking that has not ended can be cancelled."),
        NOT_CHECKABLE("Only a confirmed booking can be checked in."),
        NOT_MOVABLE("Only a confirmed booking that has not started can be moved."),
        NOT_CHECK_IN_TIME("A booking can be checked in from 15 minutes before its start until it ends.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public BookingStateException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
