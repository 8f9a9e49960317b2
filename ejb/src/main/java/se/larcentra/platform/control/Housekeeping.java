package se.larcentra.platform.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Removes what is kept only for a while, every hour: accounts never confirmed after
 * {@code LARCENTRA_UNCONFIRMED_DAYS} (7), API tokens and one-time links expired for
 * {@code LARCENTRA_EXPIRED_TOKEN_DAYS} (1), and the text of mail sent more than
 * {@code LARCENTRA_SENT_MAIL_DAYS} (30) ago (subject, recipient and Message-ID stay for the record).
 */
@Singleton
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void hourly() {
        clean();
    }

    public void clean() {
        Instant now = clock.instant();
        Instant unconfirmedBefore = now.minus(Duration.ofDays(Settings.number("LARCENTRA_UNCONFIRMED_DAYS", 7)));
        Instant expiredBefore = now.minus(Duration.ofDays(Settings.number("LARCENTRA_EXPIRED_TOKEN_DAYS", 1)));
        Instant sentBefore = now.minus(Duration.ofDays(Settings.number("LARCENTRA_SENT_MAIL_DAYS", 30)));
        int tokens = em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :before").setParameter("before", expiredBefore).executeUpdate();
        int links = em.createQuery("DELETE FROM OneTimeLink l WHERE l.expiresAt < :before").setParameter("before", expiredBefore).executeUpdate();
        var stale = em.createQuery("SELECT a.id FROM Account a WHERE a.status = se.larcentra.account.entity.AccountStatus.UNCONFIRMED "
                + "AND a.createdAt < :before", Long.class).setParameter("before", unconfirmedBefore).getResultList();
        for (Long id : stale) {
            em.createNativeQuery("DELETE FROM one_time_link WHERE account_id = ?").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM account_role WHERE account_id = ?").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM account WHERE id = ?").setParameter(1, id).executeUpdate();
        }
        int bodies = em.createQuery("UPDATE OutboxMessage m SET m.body = NULL WHERE m.status = se.larcentra.mail.entity.OutboxMessage.Status.SENT "
                + "AND m.sentAt < :before AND m.body IS NOT NULL").setParameter("before", sentBefore).executeUpdate();
        if (tokens + links + stale.size() + bodies > 0) {
            LOG.info(() -> "Housekeeping removed " + tokens + " expired tokens, " + links + " expired links, " + stale.size()
                    + " unconfirmed accounts and the text of " + bodies + " sent mails");
        }
    }
}
