package se.larcentra.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static OutboxMessage message() {
        return new OutboxMessage("<1@larcentra.local>", "anna@example.org", "sv", "Ämne", "Text", NOW);
    }

    @Test
    void aLeasedMessageIsNotTakenAgainUntilTheLeaseRunsOut() {
        OutboxMessage m = message();
        assertThat(m.lease(NOW, NOW.plusSeconds(120))).isTrue();
        assertThat(m.lease(NOW.plusSeconds(60), NOW.plusSeconds(180))).isFalse();
        assertThat(m.lease(NOW.plusSeconds(121), NOW.plusSeconds(240))).as("a crashed sender's lease runs out").isTrue();
        assertThat(m.getAttempts()).isEqualTo(2);
    }

    @Test
    void aFailureWaitsForTheBackoffThenGivesUpAfterTheLastAttempt() {
        OutboxMessage m = message();
        m.lease(NOW, NOW.plusSeconds(120));
        m.failed(NOW, "connection refused", Duration.ofSeconds(30), 2);
        assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(m.lease(NOW.plusSeconds(29), NOW.plusSeconds(150))).as("not due yet").isFalse();
        assertThat(m.lease(NOW.plusSeconds(30), NOW.plusSeconds(150))).isTrue();
        m.failed(NOW.plusSeconds(31), "connection refused", Duration.ofSeconds(60), 2);
        assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(m.getLastError()).contains("connection refused");
        m.retry(NOW.plusSeconds(100));
        assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(m.getAttempts()).isZero();
    }

    @Test
    void sentIsFinalAndKeepsItsMessageId() {
        OutboxMessage m = message();
        m.lease(NOW, NOW.plusSeconds(120));
        m.sent(NOW.plusSeconds(1));
        assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(m.lease(NOW.plusSeconds(500), NOW.plusSeconds(600))).isFalse();
        assertThat(m.getMessageId()).isEqualTo("<1@larcentra.local>");
        m.forgetBody();
        assertThat(m.getBody()).isEmpty();
    }
}
