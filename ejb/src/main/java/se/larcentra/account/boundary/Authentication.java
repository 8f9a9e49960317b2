package se.larcentra.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import se.larcentra.account.control.PasswordHasher;
import se.larcentra.account.control.PasswordHashing;
import se.larcentra.account.control.Secrets;
import se.larcentra.account.control.Throttles;
import se.larcentra.account.control.Throttles.Limit;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.ApiToken;
import se.larcentra.account.entity.Role;
import se.larcentra.platform.boundary.Settings;

/**
 * Checks who someone is: a username and password (form login and API tokens), a bearer token, or
 * the account behind a session. Open to everyone, since it is how one becomes someone.
 *
 * <p>Guessing is throttled before anything is looked up (see {@link Throttles}): each attempt first
 * takes a token for its username and client address, and one of the address's failure allowance,
 * both atomically, so that parallel guesses cannot all pass a check made before any of them
 * counted. A success gives them back. An unknown username, an inactive account and a wrong password
 * get the same answer after the same work (one password hash), throttling included.
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Throttles throttles;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    /**
     * The caller these credentials belong to.
     *
     * @param clientAddress where the request came from (see the web tier's client address)
     * @throws InvalidCredentialsException unknown user, wrong password, or an account that may not sign in
     * @throws LoginThrottledException     too many recent failures: not even checked
     */
    public Caller login(String username, String password, @NotNull String clientAddress) {
        return callerOf(verify(username, password, clientAddress));
    }

    /** A new bearer token for the API, for these credentials (checked as {@link #login} does). */
    public TokenGrant issueToken(String username, String password, @NotNull String clientAddress) {
        Account account = verify(username, password, clientAddress);
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

    /**
     * The caller of a signed-in session, as the account is now (roles changed since), if the account
     * is active and its credentials have not changed since the session signed in (a password reset
     * or a deactivation ends every session).
     */
    public Optional<Caller> callerOfAccount(long accountId, int credentialVersion) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .filter(a -> a.getCredentialVersion() == credentialVersion)
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

    private Account verify(String username, String password, String clientAddress) {
        if (username == null || password == null || username.isBlank() || username.length() > 254
                || password.length() > PasswordHasher.MAX_LENGTH) {
            throw new InvalidCredentialsException();
        }
        String attempts = Throttles.loginKey(username, clientAddress);
        throttles.take(Limit.FAILED_LOGINS_BY_ADDRESS, clientAddress).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        Optional<Duration> wait = throttles.take(Limit.LOGIN_ATTEMPTS, attempts);
        if (wait.isPresent()) {
            throttles.giveBack(Limit.FAILED_LOGINS_BY_ADDRESS, clientAddress); // refused unseen: not a failure
            throw new LoginThrottledException(wait.get());
        }
        Optional<Account> found = find(Account.normalUsername(username));
        // Unknown and inactive accounts cost as much as known ones, so that timing does not tell which exist.
        String hash = found.filter(a -> a.getStatus() == AccountStatus.ACTIVE).flatMap(Account::getPasswordHash)
                .orElse(PasswordHasher.dummyHash());
        // A request turned away as busy (ServiceBusyException) keeps its tokens spent: a flood gets no free retries.
        boolean matches = hashing.verify(password, hash);
        if (!matches || found.isEmpty()) {
            throw new InvalidCredentialsException();
        }
        throttles.forget(Limit.LOGIN_ATTEMPTS, attempts);
        throttles.giveBack(Limit.FAILED_LOGINS_BY_ADDRESS, clientAddress);
        return found.get();
    }

    /** By username; a name with an @ may also be the account's e-mail address. */
    private Optional<Account> find(String name) {
        Optional<Account> found = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", name).getResultStream().findFirst();
        if (found.isEmpty() && name.contains("@")) {
            found = em.createNamedQuery("Account.byEmail", Account.class)
                    .setParameter("email", Account.normalEmail(name)).getResultStream().findFirst();
        }
        return found;
    }

    static Caller callerOf(Account account) {
        return new Caller(account.getId(), account.getUsername(),
                account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()),
                account.getLanguage(), account.getCredentialVersion());
    }
}
