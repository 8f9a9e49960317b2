package se.larcentra.platform.entity;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.Instant;

/**
 * The clock entity callbacks read "now" from. Inside the server it is the application's CDI
 * {@link Clock} (so tests that move time move timestamps too); outside a container, as in unit
 * tests, the system clock in UTC.
 */
public final class EntityClocks {

    private EntityClocks() {
    }

    public static Instant now() {
        return clock().instant();
    }

    private static Clock clock() {
        try {
            var candidates = CDI.current().select(Clock.class);
            if (candidates.isResolvable()) {
                return candidates.get();
            }
        } catch (IllegalStateException | NoClassDefFoundError noContainer) {
            // not inside a CDI container
        }
        return Clock.systemUTC();
    }
}
