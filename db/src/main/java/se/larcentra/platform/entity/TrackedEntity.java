package se.larcentra.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Base of every entity: when it was created and last changed (read from the application's clock),
 * and a version for optimistic locking, so two people editing one record cannot silently overwrite
 * each other.
 */
@MappedSuperclass
public abstract class TrackedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @PrePersist
    void beforeInsert() {
        Instant now = EntityClocks.now();
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = EntityClocks.now();
    }

    public abstract Long getId();

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Entities are equal when they are the same row; transient ones only to themselves. */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || getId() == null) {
            return false;
        }
        return getId().equals(((TrackedEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }
}
