package se.larcentra.platform.boundary;

import java.time.Duration;

/** A refusal that passes: the caller may try again after {@link #retryAfter()} (HTTP {@code Retry-After}). */
public interface RetryLater {

    Duration retryAfter();

    /** Whole seconds, rounded up, at least one. */
    default long retryAfterSeconds() {
        return Math.max(1, (retryAfter().toMillis() + 999) / 1000);
    }
}
