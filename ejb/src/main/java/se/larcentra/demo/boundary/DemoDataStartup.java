package se.larcentra.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import se.larcentra.demo.control.DemoDataLoader;
import se.larcentra.platform.boundary.Settings;

/**
 * Loads the demo data after the schema migration, if the installation asks for it; without demo
 * data, retires every demo account a database may hold from an earlier start (their password is
 * published in the README). Also tells pages whether this is a demo, for the notice they show.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "SearchChangeCapture"}) // what it writes must reach search
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    public static final String SETTING = "LARCENTRA_DEMO";
    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    DemoDataLoader loader;

    @Inject
    se.larcentra.demo.control.DemoAccounts accounts;

    private boolean demo;

    @PostConstruct
    void loadIfWanted() {
        demo = Settings.flag(SETTING);
        if (!demo) {
            int retired = accounts.retireAll();
            if (retired > 0) {
                LOG.warning(() -> "Demo data is off: " + retired + " demo accounts deactivated, their passwords and tokens invalidated");
            }
            return;
        }
        long started = System.nanoTime();
        loader.loadOnce().ifPresentOrElse(
                summary -> LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + summary),
                () -> LOG.info("Demo data already loaded"));
        accounts.loadOnce().ifPresent(summary -> LOG.info(() -> "Demo accounts: " + summary));
    }

    /** Whether this server runs with the demo data (and its published accounts). */
    @PermitAll
    @Lock(LockType.READ)
    public boolean isDemo() {
        return demo;
    }
}
