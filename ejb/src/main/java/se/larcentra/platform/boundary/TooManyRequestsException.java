package se.larcentra.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Objects;

/**
 * Too many requests of one kind from one client address, for one account or to one e-mail address:
 * refused without being looked at, until {@link #retryAfter()} (HTTP 429). Says nothing about
 * whether an account exists.
 */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException implements RetryLater {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        this("Too many requests. Wait a moment and try again.", retryAfter);
    }

    protected TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
