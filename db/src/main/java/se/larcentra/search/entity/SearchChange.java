package se.larcentra.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One committed change to a record that search documents show. Written in the transaction that
 * makes the change (so it exists exactly when the change does) and never updated.
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

    @Id
    @SequenceGenerator(name = "search_change_seq", sequenceName = "search_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_change_seq")
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

    public SearchChange(Kind kind, long entityId, Instant changedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.entityId = entityId;
        this.changedAt = Objects.requireNonNull(changedAt, "changed at");
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
