package se.larcentra.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.larcentra.account.boundary.AccountRefusedException;
import se.larcentra.account.boundary.AccountRefusedException.Reason;
import se.larcentra.account.entity.Account;

/** Usernames and e-mail addresses are each one account's (also unique keys in the database). */
@ApplicationScoped
public class AccountNames {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    /**
     * Refuses a username that looks like an e-mail address other than the account's own: one signs
     * in with either, so such a name could pass for somebody else's address.
     */
    public static void requireNotSomeoneElsesAddress(String username, String email) {
        if (username.contains("@") && !username.equals(email)) {
            throw new AccountRefusedException(Reason.USERNAME_LOOKS_LIKE_EMAIL);
        }
    }

    public boolean usernameTaken(String username) {
        return !em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .setMaxResults(1).getResultList().isEmpty()
                // Nobody's username may be another account's address, which signs in as well.
                || (username.contains("@") && emailTaken(username));
    }

    public boolean emailTaken(String email) {
        return !em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Refuses a (normalised) username or e-mail address that an account has already. */
    public void requireFree(String username, String email) {
        requireNotSomeoneElsesAddress(username, email);
        if (usernameTaken(username)) {
            throw new AccountRefusedException(Reason.USERNAME_TAKEN);
        }
        if (emailTaken(email)) {
            throw new AccountRefusedException(Reason.EMAIL_TAKEN);
        }
    }
}
