package se.larcentra.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import se.larcentra.demo.control.DemoDataLoader;
import se.larcentra.platform.control.Settings;

/** Loads the demo data after the schema migration, if the installation asks for it. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    public static final String SETTING = "LARCENTRA_DEMO";
    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    DemoDataLoader loader;

    @Inject
    se.larcentra.demo.control.DemoAccounts accounts;

    @PostConstruct
    void loadIfWanted() {
        if (!Settings.flag(SETTING)) {
            LOG.fine("Demo data off");
            return;
        }
        long started = System.nanoTime();
        loader.loadOnce().ifPresentOrElse(
                summary -> LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + summary),
                () -> LOG.info("Demo data already loaded"));
        accounts.loadOnce().ifPresent(summary -> LOG.info(() -> "Demo accounts loaded: " + summary));
    }
}
