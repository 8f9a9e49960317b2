package se.larcentra.centre.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A Swedish municipality (kommun), identified by its SCB code. Reference data loaded by a migration
 * and never edited by the application, hence its natural key and the shared cache.
 */
@Entity
@Table(name = "municipality")
@Cacheable
@NamedQuery(name = "Municipality.all", query = "SELECT m FROM Municipality m ORDER BY m.name, m.code")
public class Municipality {

    @Id
    @Column(name = "code", length = 4)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "county", nullable = false)
    private String county;

    /** The cooperation group (Norra, Östra, Västra, Centrala Värmland); null where none is named. */
    @Column(name = "region_group")
    private String regionGroup;

    @Column(name = "main_town", nullable = false)
    private String mainTown;

    @Embedded
    private GeoPoint mainTownLocation;

    /** Set by the migration that loads the reference data. */
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected Municipality() {
    }

    public Municipality(String code, String name, String county, String regionGroup, String mainTown,
            GeoPoint mainTownLocation) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new IllegalArgumentException("an SCB municipality code has four digits: " + code);
        }
        this.code = code;
        this.name = name;
        this.county = county;
        this.regionGroup = regionGroup;
        this.mainTown = mainTown;
        this.mainTownLocation = mainTownLocation;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCounty() {
        return county;
    }

    public String getRegionGroup() {
        return regionGroup;
    }

    public String getMainTown() {
        return mainTown;
    }

    public GeoPoint getMainTownLocation() {
        return mainTownLocation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Municipality m && m.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
