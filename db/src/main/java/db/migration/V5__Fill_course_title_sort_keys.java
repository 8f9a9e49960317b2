package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.larcentra.platform.entity.SwedishSortKey;

/**
 * Computes the sort key of every course title written before V4 added the column; the key is made
 * in Java (SwedishSortKey), so this cannot be plain SQL. Then the column becomes required.
 */
public class V5__Fill_course_title_sort_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT course_id, lang, title FROM course_text WHERE title_sort IS NULL");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE course_text SET title_sort = ? WHERE course_id = ? AND lang = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, SwedishSortKey.of(rows.getString(3)));
                update.setLong(2, rows.getLong(1));
                update.setString(3, rows.getString(2));
                update.addBatch();
                if (++pending % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE course_text ALTER COLUMN title_sort SET NOT NULL");
        }
    }
}
