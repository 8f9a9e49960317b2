package se.larcentra.catalog.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.larcentra.catalog.boundary.ImportReport;
import se.larcentra.catalog.boundary.ImportReport.Counts;
import se.larcentra.catalog.boundary.ImportReport.Issue;
import se.larcentra.catalog.boundary.ImportReport.Kind;

/** What an import did so far: the counts per kind, rejected records and warnings, in file order. */
public final class ImportTally {

    private enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    private final Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
    private final List<Issue> rejected = new ArrayList<>();
    private final List<Issue> warnings = new ArrayList<>();

    /** Starts with what the parser already rejected and warned about. */
    public ImportTally(List<Issue> parserRejections, List<Issue> parserWarnings) {
        parserRejections.forEach(issue -> reject(issue.kind(), issue.identifier(), issue.line(), issue.message()));
        warnings.addAll(parserWarnings);
    }

    public void created(Kind kind) {
        count(kind, Outcome.CREATED);
    }

    public void updated(Kind kind) {
        count(kind, Outcome.UPDATED);
    }

    public void unchanged(Kind kind) {
        count(kind, Outcome.UNCHANGED);
    }

    public void reject(Kind kind, String identifier, Integer line, String reason) {
        count(kind, Outcome.REJECTED);
        rejected.add(new Issue(kind, identifier, line, reason));
    }

    public void warn(Kind kind, String identifier, Integer line, String message) {
        warnings.add(new Issue(kind, identifier, line, message));
    }

    public List<Issue> warnings() {
        return List.copyOf(warnings);
    }

    private void count(Kind kind, Outcome outcome) {
        counts.computeIfAbsent(kind, k -> new int[Outcome.values().length])[outcome.ordinal()]++;
    }

    public ImportReport report(String file, Instant startedAt, Instant finishedAt) {
        Map<Kind, Counts> all = new EnumMap<>(Kind.class);
        counts.forEach((kind, c) -> all.put(kind, new Counts(c[Outcome.CREATED.ordinal()], c[Outcome.UPDATED.ordinal()],
                c[Outcome.UNCHANGED.ordinal()], c[Outcome.REJECTED.ordinal()])));
        return new ImportReport(file, ImportReport.Status.IMPORTED, startedAt, finishedAt, all, rejected, warnings, null);
    }
}
