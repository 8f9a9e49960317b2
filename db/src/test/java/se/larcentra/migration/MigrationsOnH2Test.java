package se.larcentra.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the migrations in-process on a fresh H2 file database: the quick check of the SQL before the
 * Payara ITs run them again through the server's datasource (and on PostgreSQL in CI).
 */
class MigrationsOnH2Test {

    @TempDir
    Path dir;
    private String url;

    @BeforeEach
    void migrate() {
        url = "jdbc:h2:" + dir.resolve("larcentra") + ";LOCK_TIMEOUT=10000";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @Test
    void loadsTheEighteenMunicipalities() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT code), SUM(CASE WHEN county = 'Värmland' THEN 1 ELSE 0 END) FROM municipality")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(18);
            assertThat(rs.getInt(2)).isEqualTo(18);
            assertThat(rs.getInt(3)).isEqualTo(16);
        }
    }

    @Test
    void fillsTheSortKeysOfTitlesWrittenBeforeTheColumnExisted() throws SQLException {
        String older = "jdbc:h2:" + dir.resolve("older") + ";LOCK_TIMEOUT=10000";
        Flyway.configure().dataSource(older, "sa", "").locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(older, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO provider (id, name, provider_type, created_at, updated_at) VALUES (1, 'P', 'OTHER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO course (id, provider_id, code, subject, study_level, credit_system, created_at, updated_at) VALUES (1, 1, 'C', 'other', 'OTHER', 'NONE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO course_text (course_id, lang, title) VALUES (1, 'sv', 'Ämnesdidaktik')");
        }
        Flyway.configure().dataSource(older, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(older, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT title_sort FROM course_text WHERE course_id = 1")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(se.larcentra.platform.entity.SwedishSortKey.of("Ämnesdidaktik"));
        }
    }

    @Test
    void isIdempotent() {
        var second = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        assertThat(second.migrationsExecuted).isZero();
    }

    @Test
    void databaseRejectsAnOfferingThatEndsBeforeItStarts() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO provider (id, name, provider_type, created_at, updated_at) VALUES (1, 'P', 'OTHER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO course (id, provider_id, code, subject, study_level, credit_system, created_at, updated_at) VALUES (1, 1, 'C', 'other', 'OTHER', 'NONE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertThatThrownBy(() -> s.execute("INSERT INTO offering (id, course_id, start_date, end_date, pace_percent, study_mode, application_continuous, instruction_language, created_at, updated_at) "
                    + "VALUES (1, 1, DATE '2027-02-01', DATE '2027-01-01', 50, 'DISTANCE', TRUE, 'sv', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("INSERT INTO offering (id, course_id, start_date, end_date, pace_percent, study_mode, application_continuous, instruction_language, created_at, updated_at) "
                    + "VALUES (2, 1, DATE '2027-01-01', DATE '2027-02-01', 150, 'DISTANCE', TRUE, 'sv', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void sourceAndExternalIdAreUniqueTogether() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO provider (id, name, provider_type, source, external_id, created_at, updated_at) VALUES (1, 'P', 'OTHER', 'susa', 'p.1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO provider (id, name, provider_type, source, external_id, created_at, updated_at) VALUES (2, 'Q', 'OTHER', 'demo', 'p.1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertThatThrownBy(() -> s.execute("INSERT INTO provider (id, name, provider_type, source, external_id, created_at, updated_at) VALUES (3, 'R', 'OTHER', 'susa', 'p.1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
