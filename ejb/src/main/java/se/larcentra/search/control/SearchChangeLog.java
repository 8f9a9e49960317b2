package se.larcentra.search.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import se.larcentra.search.entity.SearchChange;
import se.larcentra.search.entity.SearchChangeRecorder;

/**
 * Records that a catalogue record changed, in the caller's transaction: the row commits with the
 * change or not at all. Inserts, updates and deletes of offerings, courses, providers and centres
 * are recorded by {@link se.larcentra.search.entity.SearchChangeListener} already; this is for
 * changes JPA may not report as an update of the record, such as only its texts per language.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SearchChangeLog {

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
        SearchChangeRecorder.record(kind, id, clock.instant());
    }
}
