package se.larcentra.search.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import se.larcentra.search.entity.SearchChange;

/**
 * Records that a catalogue record changed, in the caller's transaction: the row commits with the
 * change or not at all. Every code path that changes an offering, course, provider or centre calls
 * it; the index applies the rows after commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SearchChangeLog {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    public void offeringChanged(long offeringId) {
        record(SearchChange.Kind.OFFERING, offeringId);
    }

    public void courseChanged(long courseId) {
        record(SearchChange.Kind.COURSE, courseId);
    }

    public void providerChanged(long providerId) {
        record(SearchChange.Kind.PROVIDER, providerId);
    }

    public void centreChanged(long centreId) {
        record(SearchChange.Kind.CENTRE, centreId);
    }

    private void record(SearchChange.Kind kind, long id) {
        em.persist(new SearchChange(kind, id, clock.instant()));
    }
}
