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

    /** Refuses a (normalised) username or e-mail address that an account has already. */
    public void requireFree(String username, String email) {
        if (!em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username).getResultList().isEmpty()) {
            throw new AccountRefusedException(Reason.USERNAME_TAKEN);
        }
        if (!em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email).getResultList().isEmpty()) {
            throw new AccountRefusedException(Reason.EMAIL_TAKEN);
        }
    }
}
