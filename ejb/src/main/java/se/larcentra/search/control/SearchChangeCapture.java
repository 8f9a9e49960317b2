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
 * every transaction that changes what search shows writes the change log. Beans that write the
 * catalogue at start-up start after it ({@code @DependsOn("SearchChangeCapture")}), as the index does.
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
        LOG.fine("Search watches the persistence unit's changes");
    }

    @PreDestroy
    void stop() {
        if (listener != null) {
            listener.uninstallFrom(factory);
        }
    }
}
