package se.larcentra.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import se.larcentra.platform.entity.AuditEntry;

/** Appends to the audit log in the caller's transaction: the entry exists exactly when the change does. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }
}
