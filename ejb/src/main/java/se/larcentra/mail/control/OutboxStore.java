package se.larcentra.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.larcentra.mail.entity.OutboxMessage;

/**
 * The sender's steps on the outbox, each in a transaction of its own and committed before the next:
 * take a due message for a while (a lease, so another sender or server leaves it alone), then record
 * it sent or failed. A crash between sending and recording leaves the lease to run out and the
 * message is sent again, with the same Message-ID: at least once, recognisably.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Long> due(int max) {
        return em.createNamedQuery("OutboxMessage.dueIds", Long.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** Takes the message for sending; empty when it is not due or someone else has it. */
    public Optional<Mail> lease(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (message == null || !message.lease(now, now.plus(LEASE))) {
            return Optional.empty();
        }
        return Optional.of(new Mail(message.getId(), message.getMessageId(), message.getRecipient(), message.getSubject(),
                message.getBody().orElse(""), message.getCalendar().orElse(null)));
    }

    public void sent(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        message.sent(clock.instant());
    }

    public void failed(long id, String error, Duration firstBackoff, int maxAttempts) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        // Exponential: first, twice that, four times…, at most a day.
        long factor = 1L << Math.min(Math.max(message.getAttempts() - 1, 0), 16);
        Duration backoff = firstBackoff.multipliedBy(factor);
        if (backoff.compareTo(Duration.ofDays(1)) > 0) {
            backoff = Duration.ofDays(1);
        }
        message.failed(clock.instant(), error, backoff, maxAttempts);
    }

    /** What the sender needs of a message. */
    /** A message to send; {@code calendar} the iCalendar part, or null. */
    public record Mail(long id, String messageId, String recipient, String subject, String body, String calendar) {
    }
}
