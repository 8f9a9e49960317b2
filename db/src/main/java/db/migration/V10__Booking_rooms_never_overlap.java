package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the rule that two active bookings of a room never overlap as a constraint the
 * database enforces whatever the application does: an exclusion constraint over the room and the
 * booking's time range, which needs the btree_gist extension (a trusted extension, which the
 * database's owner may create; CI creates it beforehand as a DBA would). H2 has no such constraint;
 * there the booking transaction's lock on the room's row is the guarantee, as it is on PostgreSQL
 * besides.
 */
public class V10__Booking_rooms_never_overlap extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
            statement.execute("ALTER TABLE booking ADD CONSTRAINT ex_booking_room_time EXCLUDE USING gist "
                    + "(room_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN ('CONFIRMED', 'CHECKED_IN'))");
        }
    }
}
