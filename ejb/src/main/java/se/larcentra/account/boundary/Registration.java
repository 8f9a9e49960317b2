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
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import se.larcentra.account.boundary.AccountRefusedException.Reason;
import se.larcentra.account.control.AccountNames;
import se.larcentra.account.control.OneTimeLinks;
import se.larcentra.account.control.PasswordHashing;
import se.larcentra.account.control.Passwords;
import se.larcentra.account.control.Throttles;
import se.larcentra.account.control.Throttles.Limit;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.OneTimeLink;
import se.larcentra.account.entity.Role;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.mail.control.Outbox;
import se.larcentra.platform.boundary.TooManyRequestsException;
import se.larcentra.platform.control.AuditLog;
import se.larcentra.platform.boundary.Settings;

/**
 * What anyone may do without signing in: register as a learner, confirm the e-mail address by the
 * mailed link, and reset a forgotten password by a mailed link that works once and expires.
 *
 * <p>None of it tells who has an account: registering with an address that has one answers as a
 * registration does (the address's owner is told by mail instead), and a reset request answers the
 * same whether the address is known or not. Every request counts against its client address, and
 * the mails anyone can cause count against their recipient, so that neither the service nor
 * somebody's inbox can be flooded (see {@link Throttles}).
 */
@Stateless
@PermitAll
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class.getName());

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    OneTimeLinks links;

    @Inject
    AccountNames names;

    @Inject
    PasswordHashing hashing;

    @Inject
    Throttles throttles;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Registers a learner, unconfirmed until the mailed link is followed. An address that has an
     * account already gets a mail saying someone tried to register with it, and the caller the same
     * answer as for a new account. A taken username is said (it must be chosen anew).
     */
    public void register(@NotNull @Valid NewLearner form, @NotNull String clientAddress) {
        throttles.take(Limit.REGISTRATIONS_BY_ADDRESS, clientAddress).ifPresent(wait -> {
            throw new TooManyRequestsException(wait);
        });
        String username = Account.normalUsername(form.username());
        String email = Account.normalEmail(form.email());
        AccountNames.requireNotSomeoneElsesAddress(username, email);
        Passwords.requireAcceptable(username, form.password());
        if (em.find(Municipality.class, form.municipality()) == null) {
            throw new AccountRefusedException(Reason.UNKNOWN_MUNICIPALITY);
        }
        // Hashed before the address is looked up, so that a taken address costs the same time.
        String hash = hashing.hash(form.password());
        if (names.usernameTaken(username)) {
            throw new AccountRefusedException(Reason.USERNAME_TAKEN);
        }
        Optional<Account> owner = em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email)
                .getResultStream().findFirst();
        if (owner.isPresent()) {
            tellOwnerOfAttempt(owner.get());
            return;
        }
        Account account = new Account(username, email, form.name(), form.language(), EnumSet.of(Role.LEARNER),
                AccountStatus.UNCONFIRMED);
        account.liveIn(form.municipality());
        account.changePassword(hash);
        em.persist(account);
        Duration valid = Duration.ofHours(Settings.number("LARCENTRA_CONFIRM_HOURS", 48));
        String token = links.create(account, OneTimeLink.Purpose.CONFIRM_EMAIL, valid);
        // Greeted by username: the name is whatever an anonymous registrant typed, and the mail goes
        // to an address nobody has confirmed yet.
        outbox.enqueueSecret(email, form.language(), "confirm", username,
                Outbox.baseUrl() + "account/confirm.xhtml?token=" + token, valid.toHours());
        em.flush();
        audit.record(username, "account.register", "account:" + account.getId(), "learner registered");
    }

    private void tellOwnerOfAttempt(Account owner) {
        String address = owner.getEmail().orElseThrow();
        if (throttles.take(Limit.MAILS_BY_RECIPIENT, address).isPresent()) {
            LOG.fine(() -> "Not telling account " + owner.getId() + " of another registration attempt: mail limit reached");
            return;
        }
        outbox.enqueue(address, owner.getLanguage(), "register-attempt", owner.getDisplayName(),
                Outbox.baseUrl() + "account/forgot.xhtml");
        audit.record("anonymous", "account.register-attempt", "account:" + owner.getId(), "registration with a taken address");
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
     * an active one and it has not had too many such mails lately. Says nothing either way, so that
     * it cannot be used to find out who has an account.
     */
    public void requestPasswordReset(String emailOrUsername, @NotNull String clientAddress) {
        throttles.take(Limit.RESET_REQUESTS_BY_ADDRESS, clientAddress).ifPresent(wait -> {
            throw new TooManyRequestsException(wait);
        });
        if (emailOrUsername == null || emailOrUsername.isBlank() || emailOrUsername.length() > 254) {
            return;
        }
        String key = emailOrUsername.strip().toLowerCase(Locale.ROOT);
        em.createQuery("SELECT a FROM Account a WHERE a.email = :key OR a.username = :key", Account.class)
                .setParameter("key", key).getResultStream()
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE && a.getEmail().isPresent())
                .findFirst()
                .filter(a -> throttles.take(Limit.MAILS_BY_RECIPIENT, a.getEmail().get()).isEmpty())
                .ifPresent(account -> {
                    Duration valid = Settings.seconds("LARCENTRA_RESET_SECONDS", 1800);
                    String token = links.create(account, OneTimeLink.Purpose.RESET_PASSWORD, valid);
                    outbox.enqueueSecret(account.getEmail().get(), account.getLanguage(), "reset", account.getDisplayName(),
                            Outbox.baseUrl() + "account/reset.xhtml?token=" + token, Math.max(1, (valid.toSeconds() + 59) / 60));
                    audit.record(account.getUsername(), "account.reset-requested", "account:" + account.getId(), null);
                });
    }

    /**
     * Sets a new password by a reset link. The link is used up, and so is every other reset link of
     * the account; every session and API token of the account ends.
     */
    public void resetPassword(String token, String newPassword) {
        Account account = links.use(token, OneTimeLink.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new AccountRefusedException(Reason.LINK_INVALID));
        Passwords.requireAcceptable(account.getUsername(), newPassword);
        account.changePassword(hashing.hash(newPassword));
        links.useAll(account, OneTimeLink.Purpose.RESET_PASSWORD);
        em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account = :account AND t.revokedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("account", account).executeUpdate();
        audit.record(account.getUsername(), "account.password-reset", "account:" + account.getId(), null);
    }
}
