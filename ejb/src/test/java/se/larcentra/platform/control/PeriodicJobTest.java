package se.larcentra.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicJobTest {

    /** Plain threads standing in for the container's managed ones. */
    private static final ManagedThreadFactory THREADS = new ManagedThreadFactory() {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aJobStuckInARunDoesNotHoldUpAnother() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuck = new CountDownLatch(1);
        AtomicInteger otherRuns = new AtomicInteger();
        try (PeriodicJob slow = PeriodicJob.start("slow", Duration.ofMillis(100), THREADS, () -> {
                    stuck.countDown();
                    await(release);
                });
                PeriodicJob other = PeriodicJob.start("other", Duration.ofMillis(100), THREADS, otherRuns::incrementAndGet)) {
            assertThat(stuck.await(5, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (otherRuns.get() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(otherRuns.get()).as("runs of the other job while the first is stuck").isGreaterThanOrEqualTo(5);
            release.countDown();
        }
    }

    @Test
    void aRunThatThrowsDoesNotEndTheJob() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        try (PeriodicJob failing = PeriodicJob.start("failing", Duration.ofMillis(100), THREADS, () -> {
            runs.incrementAndGet();
            threeRuns.countDown();
            throw new IllegalStateException("the database is away");
        })) {
            assertThat(threeRuns.await(5, TimeUnit.SECONDS)).isTrue();
        }
        int afterClose = runs.get();
        Thread.sleep(300);
        assertThat(runs.get()).as("runs after close").isEqualTo(afterClose);
    }

    @Test
    void runsOnAThreadNamedForTheJob() throws Exception {
        String[] name = new String[1];
        CountDownLatch ran = new CountDownLatch(1);
        try (PeriodicJob job = PeriodicJob.start("mail-sender", Duration.ofMillis(100), THREADS, () -> {
            name[0] = Thread.currentThread().getName();
            ran.countDown();
        })) {
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(name[0]).isEqualTo("larcentra-mail-sender");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
