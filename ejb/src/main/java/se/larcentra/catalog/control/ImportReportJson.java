package se.larcentra.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import se.larcentra.catalog.boundary.ImportReport;
import se.larcentra.catalog.boundary.ImportReport.Issue;
import se.larcentra.catalog.boundary.ImportReport.Kind;

/**
 * The {@code <name>.report.json} written beside an imported file, pretty-printed:
 * <pre>
 * { "file", "status": "IMPORTED" | "FAILED", "startedAt", "finishedAt",
 *   "counts": { "providers" | "courses" | "offerings": { "created", "updated", "unchanged", "rejected" } },
 *   "rejected": [ { "kind", "identifier", "line", "reason" } ],
 *   "warnings": [ { "kind", "identifier", "line", "message" } ],
 *   "error": { "message", "line", "column" } }            (only when failed)
 * </pre>
 */
public final class ImportReportJson {

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private ImportReportJson() {
    }

    public static JsonObject toJson(ImportReport report) {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        for (Kind kind : List.of(Kind.PROVIDER, Kind.COURSE, Kind.OFFERING)) {
            ImportReport.Counts c = report.counts(kind);
            counts.add(kind.label() + "s", Json.createObjectBuilder()
                    .add("created", c.created()).add("updated", c.updated())
                    .add("unchanged", c.unchanged()).add("rejected", c.rejected()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("file", report.file())
                .add("status", report.status().name())
                .add("startedAt", report.startedAt().toString())
                .add("finishedAt", report.finishedAt().toString())
                .add("counts", counts)
                .add("rejected", issues(report.rejected(), "reason"))
                .add("warnings", issues(report.warnings(), "message"));
        report.failure().ifPresent(failure -> {
            JsonObjectBuilder error = Json.createObjectBuilder().add("message", failure.message());
            if (failure.line() != null) {
                error.add("line", failure.line());
            }
            if (failure.column() != null) {
                error.add("column", failure.column());
            }
            json.add("error", error);
        });
        return json.build();
    }

    /** UTF-8, pretty-printed, ending in a newline. */
    public static byte[] toBytes(ImportReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(toJson(report));
        }
        String text = out.toString(StandardCharsets.UTF_8).strip() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonArrayBuilder issues(List<Issue> issues, String messageName) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Issue issue : issues) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("kind", issue.kind().label());
            if (issue.identifier() != null) {
                item.add("identifier", issue.identifier());
            } else {
                item.addNull("identifier");
            }
            if (issue.line() != null) {
                item.add("line", issue.line());
            }
            array.add(item.add(messageName, issue.message()));
        }
        return array;
    }
}
