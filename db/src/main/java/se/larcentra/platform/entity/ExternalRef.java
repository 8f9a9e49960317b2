package se.larcentra.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Where a record came from: the system that owns it ({@code source}, e.g. {@code susa} or
 * {@code demo}) and its identifier there. Unique together per table, so a re-import updates the
 * record instead of duplicating it.
 */
@Embeddable
public class ExternalRef {

    @Column(name = "source", length = 40)
    private String source;

    @Column(name = "external_id", length = 200)
    private String externalId;

    protected ExternalRef() {
    }

    public ExternalRef(String source, String externalId) {
        if (source == null || source.isBlank() || externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("source and external id are both required");
        }
        this.source = source;
        this.externalId = externalId;
    }

    public String source() {
        return source;
    }

    public String externalId() {
        return externalId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExternalRef r && Objects.equals(r.source, source) && Objects.equals(r.externalId, externalId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, externalId);
    }

    @Override
    public String toString() {
        return source + ":" + externalId;
    }
}
