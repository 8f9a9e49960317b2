package se.larcentra.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Puts search's watch on the persistence unit at start ({@link ChangeCaptureListener}): from then on
 * every transaction that changes what search shows writes the change log.
 *
 * <p>The server starts start-up beans in no fixed order (seen both ways between two builds), so a
 * bean that writes watched records while starting must start after this one
 * ({@code @DependsOn("SearchChangeCapture")}), as the import watcher and the index do, or its first
 * writes may go unseen. There is no earlier hook: CDI's "application initialized" event comes before
 * the server can hand out the persistence unit.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchChangeCapture {

    private static final Logger LOG = Logger.getLogger(SearchChangeCapture.class.getName());

    @PersistenceUnit(unitName = "larcentra")
    EntityManagerFactory factory;

    @Inject
    Clock clock;

    private ChangeCaptureListener listener;

    @PostConstruct
    void watch() {
        listener = ChangeCaptureListener.installOn(factory, clock);
        LOG.info("Search watches the persistence unit's changes");
    }

    @PreDestroy
    void stop() {
        if (listener != null) {
            listener.uninstallFrom(factory);
        }
    }
}
