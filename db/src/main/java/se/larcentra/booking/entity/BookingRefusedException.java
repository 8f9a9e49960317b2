package se.larcentra.booking.entity;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/** A booking request that breaks one of the centre's rules; {@link #rule()} says which, the first in order. */
@ApplicationException(rollback = true)
public class BookingRefusedException extends RuntimeException {

    private final BookingRule rule;

    public BookingRefusedException(BookingRule rule) {
        super(Objects.requireNonNull(rule, "rule").message());
        this.rule = rule;
    }

    public BookingRule rule() {
        return rule;
    }
}
