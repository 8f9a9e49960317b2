package se.larcentra.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import se.larcentra.account.boundary.AccountRefusedException.Reason;
import se.larcentra.account.control.OneTimeLinks;
import se.larcentra.account.control.Passwords;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.OneTimeLink;
import se.larcentra.account.entity.Role;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.mail.control.Outbox;
import se.larcentra.platform.control.AuditLog;
import se.larcentra.platform.control.Settings;

/**
 * What anyone may do without signing in: register as a learner, confirm the e-mail address by the
 * mailed link, and reset a forgotten password by a mailed link that works once and expires.
 */
@Stateless
@PermitAll
public class Registration {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    OneTimeLinks links;

    @Inject
    se.larcentra.account.control.AccountNames names;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Registers a learner, unconfirmed until the mailed link is followed. */
    public long register(@NotNull @Valid NewLearner form) {
        String username = Account.normalUsername(form.username());
        String email = Account.normalEmail(form.email());
        names.requireFree(username, email);
        if (em.find(Municipality.class, form.municipality()) == null) {
            throw new AccountRefusedException(Reason.UNKNOWN_MUNICIPALITY);
        }
        Account account = new Account(username, email, form.name(), form.language(), EnumSet.of(Role.LEARNER),
                AccountStatus.UNCONFIRMED);
        account.liveIn(form.municipality());
        account.setPasswordHash(Passwords.checkedHash(username, form.password()));
        em.persist(account);
        Duration valid = Duration.ofHours(Settings.number("LARCENTRA_CONFIRM_HOURS", 48));
        String token = links.create(account, OneTimeLink.Purpose.CONFIRM_EMAIL, valid);
        outbox.enqueue(email, form.language(), "confirm", account.getDisplayName(),
                Outbox.baseUrl() + "account/confirm.xhtml?token=" + token, valid.toHours());
        em.flush();
        audit.record(username, "account.register", "account:" + account.getId(), "learner registered");
        return account.getId();
    }

    /** Confirms an e-mail address by the mailed link; the account can sign in from then on. */
    public void confirmEmail(String token) {
        Account account = links.use(token, OneTimeLink.Purpose.CONFIRM_EMAIL)
                .orElseThrow(() -> new AccountRefusedException(Reason.LINK_INVALID));
        account.confirmEmail(clock.instant());
        audit.record(account.getUsername(), "account.confirm", "account:" + account.getId(), null);
    }

    /**
     * Mails a password-reset link to the account with this e-mail address or username, if there is
     * an active one. Says nothing either way, so that it cannot be used to find out who has an account.
     */
    public void requestPasswordReset(String emailOrUsername) {
        if (emailOrUsername == null || emailOrUsername.isBlank() || emailOrUsername.length() > 254) {
            return;
        }
        String key = emailOrUsername.strip().toLowerCase(java.util.Locale.ROOT);
        em.createQuery("SELECT a FROM Account a WHERE a.email = :key OR a.username = :key", Account.class)
                .setParameter("key", key).getResultStream()
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE && a.getEmail().isPresent())
                .findFirst().ifPresent(account -> {
                    Duration valid = Settings.seconds("LARCENTRA_RESET_SECONDS", 1800);
                    String token = links.create(account, OneTimeLink.Purpose.RESET_PASSWORD, valid);
                    outbox.enqueue(account.getEmail().get(), account.getLanguage(), "reset", account.getDisplayName(),
                            Outbox.baseUrl() + "account/reset.xhtml?token=" + token, Math.max(1, (valid.toSeconds() + 59) / 60));
                    audit.record(account.getUsername(), "account.reset-requested", "account:" + account.getId(), null);
                });
    }

    /** Sets a new password by a reset link; the link is used up, failed logins are forgotten, API tokens revoked. */
    public void resetPassword(String token, String newPassword) {
        Account account = links.use(token, OneTimeLink.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new AccountRefusedException(Reason.LINK_INVALID));
        account.setPasswordHash(Passwords.checkedHash(account.getUsername(), newPassword));
        account.succeedLogin();
        em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account = :account AND t.revokedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("account", account).executeUpdate();
        audit.record(account.getUsername(), "account.password-reset", "account:" + account.getId(), null);
    }
}
