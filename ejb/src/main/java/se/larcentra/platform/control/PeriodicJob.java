package se.larcentra.platform.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background job run again and again, a fixed delay after each run ends, on a container-managed
 * thread of its own.
 *
 * <p>Why not the server's default managed scheduled executor: on Payara it has a single thread, so
 * the search index's poller, the mail sender and the enrolment sweep would take turns on it, and one
 * slow run (a large import draining into the index, a mail server that answers slowly, a database
 * lock) would hold up the others: mail and enrolment decisions late for as long. A thread per job
 * keeps them independent; the factory's threads carry the application's context (class loader,
 * naming), so the job may call beans as the executor's tasks do.
 *
 * <p>A run that throws is logged and the job goes on (a plain scheduled executor would silently stop
 * scheduling it).
 */
public final class PeriodicJob implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PeriodicJob.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final long MIN_DELAY_MILLIS = 100;

    private final String name;
    private final ScheduledExecutorService thread;

    private PeriodicJob(String name, ScheduledExecutorService thread) {
        this.name = name;
        this.thread = thread;
    }

    /**
     * Starts {@code job}, first after {@code delay}, then {@code delay} after each run ends (at least a
     * tenth of a second, so a setting of zero cannot make it spin).
     *
     * @param name names the thread (for thread dumps and logs), e.g. {@code "mail-sender"}
     */
    public static PeriodicJob start(String name, Duration delay, ManagedThreadFactory threads, Runnable job) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread created = threads.newThread(task);
            created.setName("larcentra-" + name);
            return created;
        });
        long millis = Math.max(MIN_DELAY_MILLIS, delay.toMillis());
        thread.scheduleWithFixedDelay(() -> runLogged(name, job), millis, millis, TimeUnit.MILLISECONDS);
        return new PeriodicJob(name, thread);
    }

    private static void runLogged(String name, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, e, () -> "Background job " + name + " failed; it runs again after its delay");
        }
    }

    /** Stops scheduling, lets a run in progress finish (up to ten seconds), then interrupts it. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "Background job " + name + " still running after " + STOP_WAIT.toSeconds() + " s; interrupting it");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
