package se.larcentra.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.OneTimeLink;
import se.larcentra.account.entity.Role;
import se.larcentra.mail.control.Outbox;
import se.larcentra.platform.control.AuditLog;

/**
 * The first administrator of an installation without demo data, named by the installation
 * ({@code LARCENTRA_FIRST_ADMIN}, {@code LARCENTRA_FIRST_ADMIN_EMAIL}): created only while no real
 * (non-demo) administrator exists, with no password; its owner is mailed a link to choose one, as
 * staff accounts are. Once an administrator exists the settings are ignored.
 */
@ApplicationScoped
public class FirstAdministrator {

    static final Duration LINK_VALID = Duration.ofDays(3);

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    AccountNames names;

    @Inject
    OneTimeLinks links;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Whether an active administrator exists who is not a demo account. */
    public boolean administratorExists() {
        return !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role AND a.demo = FALSE "
                + "AND a.status = :active", Long.class).setParameter("role", Role.ADMINISTRATOR)
                .setParameter("active", AccountStatus.ACTIVE).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Creates the administrator unless one exists; empty when one did. Refused (as any new account
     * would be) when the username or address is taken.
     */
    @Transactional
    public Optional<Account> createIfNoneExists(String username, String email) {
        if (administratorExists()) {
            return Optional.empty();
        }
        String name = Account.normalUsername(username);
        String address = Account.normalEmail(email);
        names.requireFree(name, address);
        Account admin = new Account(name, address, name, "sv", EnumSet.of(Role.ADMINISTRATOR), AccountStatus.ACTIVE);
        admin.confirmEmail(clock.instant());
        em.persist(admin);
        em.flush();
        String token = links.create(admin, OneTimeLink.Purpose.RESET_PASSWORD, LINK_VALID);
        outbox.enqueueSecret(address, "sv", "welcome", name, Outbox.baseUrl() + "account/reset.xhtml?token=" + token,
                LINK_VALID.toDays(), name);
        audit.record("installation", "account.create", "account:" + admin.getId(), "first administrator");
        return Optional.of(admin);
    }
}
