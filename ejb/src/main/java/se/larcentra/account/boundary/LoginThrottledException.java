package se.larcentra.account.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * Too many failed logins for this account: try again after {@link #retryAfter()}. Thrown without
 * checking the password, so guessing costs the guesser time, not the server.
 */
@ApplicationException(rollback = false)
public class LoginThrottledException extends RuntimeException {

    private final Duration retryAfter;
    private final boolean locked;

    public LoginThrottledException(Duration retryAfter, boolean locked) {
        super(locked ? "This account is locked after too many failed logins. Try again later."
                : "Too many failed logins. Wait a moment and try again.");
        this.retryAfter = retryAfter;
        this.locked = locked;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Locked for a while (many failures), rather than slowed down (a few). */
    public boolean locked() {
        return locked;
    }
}
