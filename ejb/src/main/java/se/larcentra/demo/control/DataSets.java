package se.larcentra.demo.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The record of which demo data sets a database holds ({@code data_set}). Claiming a set writes its
 * row; the row's primary key makes a second, concurrent load fail instead of loading twice.
 */
final class DataSets {

    private DataSets() {
    }

    /** Claims {@code name} for loading now; false when the database has it already. */
    static boolean claim(EntityManager em, String name, Instant now, LocalDate anchor) {
        long loaded = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM data_set WHERE name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
        if (loaded > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO data_set (name, loaded_at, anchor) VALUES (?1, ?2, ?3)")
                .setParameter(1, name)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .setParameter(3, java.sql.Date.valueOf(anchor))
                .executeUpdate();
        return true;
    }
}
