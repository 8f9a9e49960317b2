package se.larcentra.search.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * The application's persistence unit outside the server: EclipseLink on a fresh H2 file database
 * migrated by the real migrations, with resource-local transactions instead of the server's JTA.
 */
final class PersistenceUnitOnH2 implements AutoCloseable {

    /** A row of the search change log. */
    record LoggedChange(long id, String kind, long entityId, Instant changedAt) {
    }

    private final String url;
    private final EntityManagerFactory factory;

    PersistenceUnitOnH2(Path directory) {
        url = "jdbc:h2:" + directory.resolve("larcentra") + ";LOCK_TIMEOUT=10000";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("larcentra", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING"));
    }

    EntityManagerFactory factory() {
        return factory;
    }

    /** Runs {@code work} in a transaction of its own and commits it. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** The change log as another connection sees it: committed rows only. */
    List<LoggedChange> changeLog() {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, entity_kind, entity_id, changed_at FROM search_change ORDER BY id")) {
            List<LoggedChange> log = new ArrayList<>();
            while (rows.next()) {
                log.add(new LoggedChange(rows.getLong(1), rows.getString(2), rows.getLong(3),
                        rows.getObject(4, java.time.OffsetDateTime.class).toInstant()));
            }
            return log;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
