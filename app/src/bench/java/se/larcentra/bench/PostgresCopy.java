package se.larcentra.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Copies the catalogue the benchmark generated from the server's H2 database into a PostgreSQL
 * database: the tables and columns the searches read, with the primary keys and indexes the
 * migrations give them (V1__catalog_schema.sql), plus the full-text column and its GIN index of the
 * full-text baseline. Foreign keys are left out: they do not change how the searches run.
 */
final class PostgresCopy {

    private record Table(String name, String columns, String create) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("municipality", "code, name, region_group, main_town, latitude, longitude",
                    "CREATE TABLE municipality (code VARCHAR(4) PRIMARY KEY, name VARCHAR(100) NOT NULL, region_group VARCHAR(100),"
                            + " main_town VARCHAR(100) NOT NULL, latitude DOUBLE PRECISION NOT NULL, longitude DOUBLE PRECISION NOT NULL)"),
            new Table("learning_centre", "id, municipality_code, town, latitude, longitude, active",
                    "CREATE TABLE learning_centre (id BIGINT PRIMARY KEY, municipality_code VARCHAR(4) NOT NULL,"
                            + " town VARCHAR(100) NOT NULL, latitude DOUBLE PRECISION NOT NULL, longitude DOUBLE PRECISION NOT NULL,"
                            + " active BOOLEAN NOT NULL)"),
            new Table("provider", "id, name, provider_type, active",
                    "CREATE TABLE provider (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL, provider_type VARCHAR(20) NOT NULL,"
                            + " active BOOLEAN NOT NULL)"),
            new Table("course", "id, provider_id, code, subject, study_level",
                    "CREATE TABLE course (id BIGINT PRIMARY KEY, provider_id BIGINT NOT NULL, code VARCHAR(40) NOT NULL,"
                            + " subject VARCHAR(60) NOT NULL, study_level VARCHAR(30) NOT NULL)"),
            new Table("course_text", "course_id, lang, title, description, title_sort",
                    "CREATE TABLE course_text (course_id BIGINT NOT NULL, lang VARCHAR(2) NOT NULL, title VARCHAR(300) NOT NULL,"
                            + " description VARCHAR(20000), title_sort VARCHAR(600), PRIMARY KEY (course_id, lang))"),
            new Table("offering", "id, course_id, start_date, end_date, pace_percent, pace_individual, study_mode, places,"
                    + " application_opens, application_closes, application_continuous, instruction_language, cancelled",
                    "CREATE TABLE offering (id BIGINT PRIMARY KEY, course_id BIGINT NOT NULL, start_date DATE NOT NULL,"
                            + " end_date DATE NOT NULL, pace_percent INTEGER, pace_individual BOOLEAN NOT NULL,"
                            + " study_mode VARCHAR(10) NOT NULL, places INTEGER, application_opens DATE, application_closes DATE,"
                            + " application_continuous BOOLEAN NOT NULL, instruction_language VARCHAR(2) NOT NULL,"
                            + " cancelled BOOLEAN NOT NULL)"),
            new Table("offering_centre", "offering_id, centre_id",
                    "CREATE TABLE offering_centre (offering_id BIGINT NOT NULL, centre_id BIGINT NOT NULL,"
                            + " PRIMARY KEY (offering_id, centre_id))"));

    private static final List<String> INDEXES = List.of(
            "CREATE INDEX ix_learning_centre_municipality ON learning_centre (municipality_code)",
            "CREATE INDEX ix_course_provider ON course (provider_id)",
            "CREATE INDEX ix_offering_course ON offering (course_id)",
            "CREATE INDEX ix_offering_start ON offering (start_date, id)",
            "CREATE INDEX ix_offering_centre_centre ON offering_centre (centre_id)",
            // (b), the full-text baseline: what a team would add for PostgreSQL's own text search.
            "ALTER TABLE course_text ADD COLUMN search_vector tsvector GENERATED ALWAYS AS"
                    + " (to_tsvector('swedish', title || ' ' || coalesce(description, ''))) STORED",
            "CREATE INDEX ix_course_text_search ON course_text USING GIN (search_vector)");

    private PostgresCopy() {
    }

    /** Replaces the tables in {@code postgres} with the rows of {@code h2}; returns the rows copied. */
    static long copy(Connection h2, Connection postgres) throws SQLException {
        long rows = 0;
        try (Statement ddl = postgres.createStatement()) {
            for (Table table : TABLES) {
                ddl.execute("DROP TABLE IF EXISTS " + table.name());
                ddl.execute(table.create());
            }
        }
        var copier = postgres.unwrap(PGConnection.class).getCopyAPI();
        for (Table table : TABLES) {
            StringBuilder csv = new StringBuilder(1 << 20);
            try (Statement select = h2.createStatement();
                    ResultSet result = select.executeQuery("SELECT " + table.columns() + " FROM " + table.name())) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        if (c > 1) {
                            csv.append(',');
                        }
                        Object value = result.getObject(c);
                        if (value instanceof String text) {
                            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                        } else if (value != null) {
                            csv.append(value);
                        }
                    }
                    csv.append('\n');
                }
            }
            try {
                rows += copier.copyIn("COPY " + table.name() + " (" + table.columns() + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("copying " + table.name() + " failed", e);
            }
        }
        try (Statement ddl = postgres.createStatement()) {
            for (String index : INDEXES) {
                ddl.execute(index);
            }
            ddl.execute("VACUUM ANALYZE");
        }
        return rows;
    }
}
