package se.larcentra.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import se.larcentra.platform.entity.TrackedEntity;

/**
 * Brings the schema up to date with the Flyway migrations before anything uses JPA. Beans that
 * touch the database at start-up declare {@code @DependsOn("SchemaMigrator")}. Bean-managed
 * transactions, because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/larcentra")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // The migrations live in the entities jar (EAR lib/); find them through its class loader.
        ClassLoader entities = TrackedEntity.class.getClassLoader();
        var result = Flyway.configure(entities)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
