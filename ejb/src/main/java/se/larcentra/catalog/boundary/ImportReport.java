package se.larcentra.catalog.boundary;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one import of an EMIL3 document did: per kind of record how many were created, updated
 * (existed and changed), unchanged (existed and already matched) and rejected; each rejected record
 * with its reason; warnings about records that were imported with a guess or a default; and for a
 * file that imported nothing, why.
 *
 * @param file       the file's name (or the name the caller gave the document)
 * @param status     {@link Status#IMPORTED} when the transaction committed, else {@link Status#FAILED}
 * @param counts     per {@link Kind#PROVIDER}, {@link Kind#COURSE} and {@link Kind#OFFERING}
 * @param error      why nothing was imported; present exactly when the status is {@link Status#FAILED}
 */
public record ImportReport(String file, Status status, Instant startedAt, Instant finishedAt, Map<Kind, Counts> counts,
        List<Issue> rejected, List<Issue> warnings, Failure error) {

    public enum Status {
        IMPORTED, FAILED
    }

    /** What an issue is about; {@link #FILE} for the document as a whole. */
    public enum Kind {
        FILE, PROVIDER, COURSE, OFFERING;

        /** {@code provider}, {@code course}, … as the report file spells it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Counts(int created, int updated, int unchanged, int rejected) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public int total() {
            return created + updated + unchanged + rejected;
        }
    }

    /**
     * A rejected record (the message is the reason) or a warning.
     *
     * @param identifier the record's EMIL3 identifier, {@code null} when it has none
     * @param line       the line of the file where the record starts, {@code null} when unknown
     */
    public record Issue(Kind kind, String identifier, Integer line, String message) {

        public Issue {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why a file imported nothing; line and column (from 1) for malformed JSON. */
    public record Failure(String message, Integer line, Integer column) {

        public Failure {
            Objects.requireNonNull(message, "message");
        }
    }

    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "started at");
        Objects.requireNonNull(finishedAt, "finished at");
        EnumMap<Kind, Counts> all = new EnumMap<>(Kind.class);
        for (Kind kind : List.of(Kind.PROVIDER, Kind.COURSE, Kind.OFFERING)) {
            all.put(kind, counts == null ? Counts.NONE : counts.getOrDefault(kind, Counts.NONE));
        }
        counts = Map.copyOf(all);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if ((status == Status.FAILED) != (error != null)) {
            throw new IllegalArgumentException("a failed import, and only a failed one, has an error");
        }
    }

    /** A document that imported nothing: counts all zero. */
    public static ImportReport failed(String file, Instant startedAt, Instant finishedAt, List<Issue> warnings,
            Failure error) {
        return new ImportReport(file, Status.FAILED, startedAt, finishedAt, Map.of(), List.of(), warnings, error);
    }

    public Counts counts(Kind kind) {
        return counts.getOrDefault(kind, Counts.NONE);
    }

    public boolean isImported() {
        return status == Status.IMPORTED;
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(error);
    }

    /** One line for the server log: the counts per kind, or the error. */
    public String summary() {
        if (!isImported()) {
            return "failed: " + error.message() + (error.line() == null ? "" : " (line " + error.line()
                    + (error.column() == null ? "" : ", column " + error.column()) + ")");
        }
        StringBuilder line = new StringBuilder();
        for (Kind kind : List.of(Kind.PROVIDER, Kind.COURSE, Kind.OFFERING)) {
            Counts c = counts(kind);
            line.append(line.isEmpty() ? "" : "; ").append(kind.label()).append("s ")
                    .append(c.created()).append(" created, ").append(c.updated()).append(" updated, ")
                    .append(c.unchanged()).append(" unchanged, ").append(c.rejected()).append(" rejected");
        }
        return line.append("; ").append(warnings.size()).append(" warnings").toString();
    }
}
