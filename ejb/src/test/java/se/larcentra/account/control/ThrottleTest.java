package se.larcentra.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualTime implements TimeMeter {
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    private final ManualTime time = new ManualTime();

    /** The login shape: three at once then one per 5 s; after ten in 15 minutes, a pause until the window is over. */
    private Throttle logins() {
        return new Throttle(List.of(new Throttle.Rate(3, Duration.ofSeconds(15), true),
                new Throttle.Rate(10, Duration.ofMinutes(15), false)), time);
    }

    @Test
    void aBurstGoesAheadThenEachFurtherAttemptWaitsForItsToken() {
        Throttle throttle = logins();
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.take("anna 10.0.0.1")).as("attempt %d", i + 1).isEmpty();
        }
        assertThat(throttle.take("anna 10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5)));
        time.pass(Duration.ofSeconds(5));
        assertThat(throttle.take("anna 10.0.0.1")).as("one token back after 5 s").isEmpty();
        assertThat(throttle.take("anna 10.0.0.1")).isPresent();
    }

    @Test
    void afterTheWindowsAllowanceItPausesUntilTheWindowIsOver() {
        Throttle throttle = logins();
        int allowed = 0;
        for (int second = 0; second < 120; second++) {
            if (throttle.take("anna 10.0.0.1").isEmpty()) {
                allowed++;
            }
            time.pass(Duration.ofSeconds(1));
        }
        assertThat(allowed).isEqualTo(10);
        assertThat(throttle.take("anna 10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMinutes(12)));
        time.pass(Duration.ofMinutes(13));
        assertThat(throttle.take("anna 10.0.0.1")).isEmpty();
    }

    @Test
    void keysAreCountedApartSoNobodyIsSlowedByAnothersGuessing() {
        Throttle throttle = logins();
        for (int i = 0; i < 3; i++) {
            throttle.take("anna 10.0.0.66");
        }
        assertThat(throttle.take("anna 10.0.0.66")).isPresent();
        assertThat(throttle.take("anna 10.0.0.1")).as("the same account from another address").isEmpty();
        assertThat(throttle.take("erik 10.0.0.66")).as("another account from the guessing address").isEmpty();
    }

    @Test
    void aTokenGivenBackCountsAgainAndForgettingStartsAfresh() {
        Throttle throttle = logins();
        for (int i = 0; i < 3; i++) {
            throttle.take("anna 10.0.0.1");
        }
        throttle.giveBack("anna 10.0.0.1");
        assertThat(throttle.take("anna 10.0.0.1")).isEmpty();
        assertThat(throttle.take("anna 10.0.0.1")).isPresent();
        throttle.forget("anna 10.0.0.1");
        assertThat(throttle.take("anna 10.0.0.1")).isEmpty();
        throttle.giveBack("nobody");
        assertThat(throttle.take("nobody")).isEmpty();
    }

    @Test
    void parallelAttemptsNeverGetMoreThanTheTokensThereAre() throws Exception {
        Throttle throttle = logins();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return throttle.take("anna 10.0.0.1").isEmpty();
                }));
            }
            start.countDown();
            int wentAhead = 0;
            for (Future<Boolean> attempt : attempts) {
                wentAhead += attempt.get() ? 1 : 0;
            }
            assertThat(wentAhead).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
