package se.larcentra.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** The server has no capacity for this request just now (HTTP 503); nothing was done. */
@ApplicationException(rollback = true)
public class ServiceBusyException extends RuntimeException implements RetryLater {

    private final Duration retryAfter;

    public ServiceBusyException(Duration retryAfter) {
        super("The service is busy. Try again in a moment.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
