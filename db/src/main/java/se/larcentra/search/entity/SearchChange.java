package se.larcentra.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One committed change to a record that search documents show. Written by the search component
 * (which watches the persistence unit's units of work) with plain SQL in the transaction that makes
 * the change, so it exists exactly when the change does; read here, never updated.
 */
@Entity
@Table(name = "search_change")
@NamedQuery(name = "SearchChange.after",
        query = "SELECT c FROM SearchChange c WHERE c.id > :after ORDER BY c.id")
@NamedQuery(name = "SearchChange.latestId", query = "SELECT MAX(c.id) FROM SearchChange c")
public class SearchChange {

    /** What kind of record changed; a change to a course, provider or centre touches its offerings. */
    public enum Kind {
        OFFERING, COURSE, PROVIDER, CENTRE
    }

    /** From the sequence {@code search_change_id}, one at a time. */
    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SearchChange() {
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public long getEntityId() {
        return entityId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
