package se.larcentra.account.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;

/** The account behind a boundary call's principal. */
@ApplicationScoped
public class Callers {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    /** The caller's account; access denied when there is none or it may not act (deactivated, erased). */
    public Account account(Principal principal) {
        if (principal == null) {
            throw new EJBAccessException("no caller");
        }
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", principal.getName())
                .getResultStream().findFirst()
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new EJBAccessException("no active account for the caller"));
    }
}
