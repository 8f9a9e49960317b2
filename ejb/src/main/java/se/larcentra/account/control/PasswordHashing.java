package se.larcentra.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import se.larcentra.platform.boundary.ServiceBusyException;
import se.larcentra.platform.boundary.Settings;

/**
 * Every password hash the server computes (logins, registrations, resets) goes through here: at
 * most {@code LARCENTRA_HASH_CONCURRENCY} at once (default: half the cores, at least one). A hash
 * costs a quarter of a second of a core by design; without a bound, a flood of logins would take
 * every core and every other page would wait. When all are busy a request waits up to
 * {@code LARCENTRA_HASH_WAIT_MILLIS} (default 1000) for its turn, then is told to come back later.
 */
@ApplicationScoped
public class PasswordHashing {

    private final Semaphore permits;
    private final long waitMillis;

    public PasswordHashing() {
        this((int) Settings.number("LARCENTRA_HASH_CONCURRENCY", Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
                Settings.number("LARCENTRA_HASH_WAIT_MILLIS", 1000));
    }

    PasswordHashing(int concurrency, long waitMillis) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("LARCENTRA_HASH_CONCURRENCY must be at least 1, not " + concurrency);
        }
        this.permits = new Semaphore(concurrency, true);
        this.waitMillis = waitMillis;
    }

    public String hash(String password) {
        return gated(() -> PasswordHasher.hash(password.toCharArray()));
    }

    public boolean verify(String password, String storedHash) {
        return gated(() -> PasswordHasher.verify(password.toCharArray(), storedHash));
    }

    private <T> T gated(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ServiceBusyException(Duration.ofSeconds(1));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
