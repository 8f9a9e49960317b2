package se.larcentra.account.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import se.larcentra.platform.boundary.TooManyRequestsException;

/**
 * Too many failed logins for this username from this address, or from this address in all: try
 * again after {@link #retryAfter()}. Thrown without checking the password, so guessing costs the
 * guesser time, not the server; unknown usernames are throttled exactly like known ones.
 */
@ApplicationException(rollback = true)
public class LoginThrottledException extends TooManyRequestsException {

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins. Wait a moment and try again.", retryAfter);
    }
}
