package se.larcentra.search.boundary;

import java.time.Instant;
import java.util.Optional;

/** The state search is in, for the health endpoint and the administrators: ready, its size, a rebuild under way, its last error. */
public record SearchStatus(boolean ready, long documents, int segments, int deletedDocuments, boolean merging,
        Optional<Rebuild> rebuild, Optional<String> lastError) {

    /** An index (re)build under way: when it started, and how far it has come. */
    public record Rebuild(Instant startedAt, long total, long done) {
    }
}
