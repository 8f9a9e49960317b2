package se.larcentra.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.larcentra.account.control.FirstAdministrator;
import se.larcentra.platform.boundary.Settings;

/**
 * At start: when {@code LARCENTRA_FIRST_ADMIN} and {@code LARCENTRA_FIRST_ADMIN_EMAIL} are set and
 * no administrator exists yet, creates that administrator (see {@link FirstAdministrator}). There is
 * never a default password: the owner chooses one through the mailed link.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "DemoDataStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministratorStartup {

    private static final Logger LOG = Logger.getLogger(FirstAdministratorStartup.class.getName());

    @Inject
    FirstAdministrator first;

    @PostConstruct
    void createIfAsked() {
        Optional<String> username = Settings.get("LARCENTRA_FIRST_ADMIN");
        Optional<String> email = Settings.get("LARCENTRA_FIRST_ADMIN_EMAIL");
        if (username.isEmpty() && email.isEmpty()) {
            if (!first.administratorExists()) {
                LOG.warning("No administrator exists: set LARCENTRA_FIRST_ADMIN and LARCENTRA_FIRST_ADMIN_EMAIL to create the "
                        + "first one (README, PostgreSQL)");
            }
            return;
        }
        if (username.isEmpty() || email.isEmpty()) {
            LOG.severe("LARCENTRA_FIRST_ADMIN and LARCENTRA_FIRST_ADMIN_EMAIL go together; no administrator created");
            return;
        }
        try {
            first.createIfNoneExists(username.get(), email.get()).ifPresentOrElse(
                    admin -> LOG.info(() -> "First administrator " + admin.getUsername() + " created; a link to choose a "
                            + "password was mailed to " + email.get()),
                    () -> LOG.info("An administrator exists: LARCENTRA_FIRST_ADMIN is ignored"));
        } catch (RuntimeException refused) {
            LOG.log(Level.SEVERE, "The first administrator " + username.get() + " could not be created", refused);
        }
    }
}
