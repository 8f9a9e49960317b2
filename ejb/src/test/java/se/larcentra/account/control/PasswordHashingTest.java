package se.larcentra.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.larcentra.platform.boundary.ServiceBusyException;

class PasswordHashingTest {

    @Test
    void hashesAndVerifiesThroughTheGate() {
        PasswordHashing hashing = new PasswordHashing(1, 1000);
        String hash = hashing.hash("correct horse battery");
        assertThat(hashing.verify("correct horse battery", hash)).isTrue();
        assertThat(hashing.verify("wrong horse battery", hash)).isFalse();
    }

    @Test
    void whenEveryPermitIsBusyARequestWaitsBrieflyThenIsToldToComeBack() throws Exception {
        PasswordHashing hashing = new PasswordHashing(1, 50);
        String hash = PasswordHasher.hash("correct horse battery".toCharArray());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return hashing.verify("correct horse battery", hash) ? "verified" : "wrong";
                    } catch (ServiceBusyException busy) {
                        return "busy " + busy.retryAfterSeconds();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            // One hash takes far longer than the 50 ms anyone waits: one runs, the rest are turned away.
            assertThat(results).containsOnlyOnce("verified").contains("busy 1");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void atLeastOneHashMustBeAllowed() {
        assertThatThrownBy(() -> new PasswordHashing(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
