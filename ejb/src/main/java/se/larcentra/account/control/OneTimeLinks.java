package se.larcentra.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.OneTimeLink;

/** Creates one-time links (only their hash is stored) and uses them up. */
@ApplicationScoped
public class OneTimeLinks {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    /** A new link's secret value, valid for {@code validFor}. */
    public String create(Account account, OneTimeLink.Purpose purpose, Duration validFor) {
        String token = Secrets.newToken();
        em.persist(new OneTimeLink(Secrets.sha256(token), account, purpose, clock.instant(), clock.instant().plus(validFor)));
        return token;
    }

    /** The account of a link that is good for {@code purpose}, using it up; empty if unknown, used or expired. */
    public Optional<Account> use(String token, OneTimeLink.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        OneTimeLink link = em.find(OneTimeLink.class, Secrets.sha256(token.strip()), LockModeType.PESSIMISTIC_WRITE);
        if (link == null || !link.use(purpose, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(link.getAccount());
    }

    /** Uses up every outstanding link of the account for {@code purpose} (a password was just set). */
    public int useAll(Account account, OneTimeLink.Purpose purpose) {
        return em.createQuery("UPDATE OneTimeLink l SET l.usedAt = :now WHERE l.account = :account AND l.purpose = :purpose "
                + "AND l.usedAt IS NULL").setParameter("now", clock.instant()).setParameter("account", account)
                .setParameter("purpose", purpose).executeUpdate();
    }
}
