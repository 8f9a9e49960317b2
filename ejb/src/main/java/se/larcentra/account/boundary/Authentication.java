package se.larcentra.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import se.larcentra.account.control.LoginPolicy;
import se.larcentra.account.control.PasswordHasher;
import se.larcentra.account.control.Secrets;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.ApiToken;
import se.larcentra.account.entity.Role;
import se.larcentra.platform.control.Settings;

/**
 * Checks who someone is: a username and password (form login and API tokens), a bearer token, or
 * the account behind a session. Open to everyone, since it is how one becomes someone; failed
 * attempts are counted per account and throttle further attempts (see {@link LoginPolicy}).
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The caller these credentials belong to.
     *
     * @throws InvalidCredentialsException unknown user, wrong password, or an account that may not sign in
     * @throws LoginThrottledException     too many recent failures: not even checked
     */
    public Caller login(String username, String password) {
        return callerOf(verify(username, password));
    }

    /** A new bearer token for the API, for these credentials (checked as {@link #login} does). */
    public TokenGrant issueToken(String username, String password) {
        Account account = verify(username, password);
        String token = Secrets.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(Settings.seconds("LARCENTRA_TOKEN_SECONDS", Duration.ofHours(12).toSeconds()));
        em.persist(new ApiToken(account, Secrets.sha256(token), now, expires));
        return new TokenGrant(token, expires);
    }

    /** The caller a bearer token stands for, if it is known, unexpired, unrevoked and its account active. */
    public Optional<Caller> callerOfToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", Secrets.sha256(token))
                .getResultStream().findFirst()
                .filter(t -> t.isValidAt(clock.instant()))
                .map(ApiToken::getAccount)
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .map(Authentication::callerOf);
    }

    /** The caller of a signed-in session, as the account is now (roles changed, or deactivated since). */
    public Optional<Caller> callerOfAccount(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .map(Authentication::callerOf);
    }

    /** Revokes a bearer token (logout of an API client); unknown tokens are ignored. */
    public void revokeToken(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", Secrets.sha256(token))
                .getResultStream().findFirst().ifPresent(t -> t.revoke(clock.instant()));
    }

    private Account verify(String username, String password) {
        if (username == null || password == null || username.length() > 254 || password.length() > PasswordHasher.MAX_LENGTH) {
            throw new InvalidCredentialsException();
        }
        String name = Account.normalUsername(username);
        Optional<Account> found = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", name).getResultStream().findFirst();
        if (found.isEmpty() && name.contains("@")) {
            found = em.createNamedQuery("Account.byEmail", Account.class)
                    .setParameter("email", Account.normalEmail(name)).getResultStream().findFirst();
        }
        LoginPolicy policy = LoginPolicy.fromSettings();
        Instant now = clock.instant();
        if (found.isPresent()) {
            Optional<Duration> wait = policy.waitBeforeAttempt(found.get(), now);
            if (wait.isPresent()) {
                throw new LoginThrottledException(wait.get(), found.get().isLockedAt(now));
            }
        }
        // Unknown users cost as much as known ones, so that timing does not tell which names exist.
        String hash = found.flatMap(Account::getPasswordHash).orElse(PasswordHasher.dummyHash());
        boolean matches = PasswordHasher.verify(password.toCharArray(), hash);
        if (found.isEmpty()) {
            throw new InvalidCredentialsException();
        }
        Account account = found.get();
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(account);
        if (!matches) {
            if (account.failLogin(clock.instant(), policy.lockAfter(), policy.lockFor())) {
                throw new LoginThrottledException(policy.lockFor(), true);
            }
            throw new InvalidCredentialsException();
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            throw new InvalidCredentialsException();
        }
        account.succeedLogin();
        return account;
    }

    static Caller callerOf(Account account) {
        return new Caller(account.getId(), account.getUsername(),
                account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()), account.getLanguage());
    }
}
