package se.larcentra.search.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Writes a change-log row with plain SQL on the application's data source. Inside a JTA transaction
 * the server hands out the connection the transaction already uses, so the row commits or rolls
 * back with the change it records. Plain SQL rather than JPA because it runs inside JPA's own
 * flush, from {@link SearchChangeListener}, where an entity manager must not be used.
 */
public final class SearchChangeRecorder {

    public static final String DATA_SOURCE = "jdbc/larcentra";

    private static volatile DataSource dataSource;
    private static volatile String insert;

    private SearchChangeRecorder() {
    }

    public static void record(SearchChange.Kind kind, long entityId, Instant at) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(insertFor(connection))) {
            statement.setString(1, kind.name());
            statement.setLong(2, entityId);
            statement.setObject(3, at.atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            // Failing here fails the business transaction: a change search would never see must not commit.
            throw new IllegalStateException("could not record the change of " + kind + " " + entityId, e);
        }
    }

    private static DataSource dataSource() {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = (DataSource) new InitialContext().lookup(DATA_SOURCE);
            } catch (NamingException e) {
                throw new IllegalStateException("no data source " + DATA_SOURCE + " to record search changes in", e);
            }
            dataSource = current;
        }
        return current;
    }

    /** PostgreSQL has nextval(); H2 has the standard NEXT VALUE FOR, which PostgreSQL lacks. */
    private static String insertFor(Connection connection) throws SQLException {
        String sql = insert;
        if (sql == null) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String next = postgres ? "nextval('search_change_id')" : "NEXT VALUE FOR search_change_id";
            sql = "INSERT INTO search_change (id, entity_kind, entity_id, changed_at) VALUES (" + next + ", ?, ?, ?)";
            insert = sql;
        }
        return sql;
    }
}
