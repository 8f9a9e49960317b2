package se.larcentra.platform.control;

import se.larcentra.platform.boundary.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Removes what is kept only for a while, every {@code LARCENTRA_HOUSEKEEPING_SECONDS} (an hour):
 * accounts never confirmed after {@code LARCENTRA_UNCONFIRMED_SECONDS} (7 days), API tokens and
 * one-time links expired for {@code LARCENTRA_EXPIRED_TOKEN_SECONDS} (1 day), and the text of mail
 * sent more than {@code LARCENTRA_SENT_MAIL_SECONDS} (30 days) ago (subject, recipient and
 * Message-ID stay for the record). Periods in seconds, so that tests can use short ones.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long every = Math.max(1, Settings.number("LARCENTRA_HOUSEKEEPING_SECONDS", 3600)) * 1000;
        TimerConfig config = new TimerConfig("housekeeping", false);
        timers.createIntervalTimer(Math.min(every, 60_000), every, config);
    }

    @Timeout
    void due() {
        clean();
    }

    public void clean() {
        Instant now = clock.instant();
        Instant unconfirmedBefore = now.minus(Settings.seconds("LARCENTRA_UNCONFIRMED_SECONDS", Duration.ofDays(7).toSeconds()));
        Instant expiredBefore = now.minus(Settings.seconds("LARCENTRA_EXPIRED_TOKEN_SECONDS", Duration.ofDays(1).toSeconds()));
        Instant sentBefore = now.minus(Settings.seconds("LARCENTRA_SENT_MAIL_SECONDS", Duration.ofDays(30).toSeconds()));
        int tokens = em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :before").setParameter("before", expiredBefore).executeUpdate();
        int links = em.createQuery("DELETE FROM OneTimeLink l WHERE l.expiresAt < :before").setParameter("before", expiredBefore).executeUpdate();
        var stale = em.createQuery("SELECT a.id FROM Account a WHERE a.status = se.larcentra.account.entity.AccountStatus.UNCONFIRMED "
                + "AND a.createdAt < :before", Long.class).setParameter("before", unconfirmedBefore).getResultList();
        for (Long id : stale) {
            em.createNativeQuery("DELETE FROM one_time_link WHERE account_id = ?").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM account_role WHERE account_id = ?").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM account WHERE id = ?").setParameter(1, id).executeUpdate();
        }
        int bodies = em.createQuery("UPDATE OutboxMessage m SET m.body = NULL, m.calendar = NULL WHERE m.status = se.larcentra.mail.entity.OutboxMessage.Status.SENT "
                + "AND m.sentAt < :before AND m.body IS NOT NULL").setParameter("before", sentBefore).executeUpdate();
        if (tokens + links + stale.size() + bodies > 0) {
            LOG.info(() -> "Housekeeping removed " + tokens + " expired tokens, " + links + " expired links, " + stale.size()
                    + " unconfirmed accounts and the text of " + bodies + " sent mails");
        }
    }
}
