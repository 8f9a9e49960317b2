package se.larcentra.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.larcentra.account.entity.Role;
import se.larcentra.mail.control.MailSender;
import se.larcentra.mail.entity.OutboxMessage;
import se.larcentra.platform.boundary.ResultPage;
import se.larcentra.platform.control.AuditLog;

/** Administrators look into the outbox (pending, sent, failed with the error) and retry failed mail. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class MailAdmin {

    /**
     * A message as the outbox list shows it (without its text, which may be personal); {@code textKept}
     * says whether the text is still stored (housekeeping removes it some time after sending).
     */
    public record OutboxItem(long id, String messageId, String recipient, String subject, String status, int attempts,
            Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, boolean textKept) {
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The outbox, newest first; {@code status} PENDING, SENT or FAILED, or null for all. */
    public ResultPage<OutboxItem> outbox(String status, int page, int size) {
        OutboxMessage.Status wanted = status == null || status.isBlank() ? null : OutboxMessage.Status.valueOf(status.strip());
        String where = wanted == null ? "" : " WHERE m.status = :status";
        var count = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m" + where, Long.class);
        var query = em.createQuery("SELECT m FROM OutboxMessage m" + where + " ORDER BY m.id DESC", OutboxMessage.class);
        if (wanted != null) {
            count.setParameter("status", wanted);
            query.setParameter("status", wanted);
        }
        List<OutboxItem> items = query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(m -> new OutboxItem(m.getId(), m.getMessageId(), m.getRecipient(), m.getSubject(), m.getStatus().name(),
                        m.getAttempts(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt().orElse(null),
                        m.getLastError().orElse(null), m.getBody().isPresent()))
                .toList();
        return new ResultPage<>(items, count.getSingleResult(), page, size);
    }

    @Inject
    MailSender sender;

    /**
     * Sends what is due now rather than at the sender's next round: after {@link #retry}, which must
     * have committed first, hence outside any transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDueNow() {
        sender.sendDue();
    }

    /** Makes a failed message pending again, due now. */
    public void retry(long id) {
        Optional.ofNullable(em.find(OutboxMessage.class, id)).ifPresent(m -> {
            m.retry(clock.instant());
            audit.record(context.getCallerPrincipal().getName(), "mail.retry", "mail:" + id, null);
        });
    }
}
