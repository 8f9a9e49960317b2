package se.larcentra.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.boundary.ImportReport;
import se.larcentra.catalog.boundary.ImportReport.Counts;
import se.larcentra.catalog.boundary.ImportReport.Issue;
import se.larcentra.catalog.boundary.ImportReport.Kind;

class ImportReportJsonTest {

    private static final Instant STARTED = Instant.parse("2026-02-10T09:00:00Z");
    private static final Instant FINISHED = Instant.parse("2026-02-10T09:00:01.250Z");

    private static JsonObject written(ImportReport report) {
        String text = new String(ImportReportJson.toBytes(report), StandardCharsets.UTF_8);
        assertThat(text).as("pretty-printed").contains("\n    ").endsWith("}\n");
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void writesCountsRejectionsAndWarnings() {
        ImportTally tally = new ImportTally(List.of(new Issue(Kind.COURSE, null, 12, "no identifier")),
                List.of(new Issue(Kind.FILE, null, null, "page 1 of 2")));
        tally.created(Kind.PROVIDER);
        tally.created(Kind.OFFERING);
        tally.updated(Kind.OFFERING);
        tally.unchanged(Kind.OFFERING);
        tally.reject(Kind.OFFERING, "e.9", 40, "unknown course i.9");
        tally.warn(Kind.PROVIDER, "p.1", 3, "unknown school type \"XX\"");

        JsonObject json = written(tally.report("susa.json", STARTED, FINISHED));

        assertThat(json.getString("file")).isEqualTo("susa.json");
        assertThat(json.getString("status")).isEqualTo("IMPORTED");
        assertThat(json.getString("startedAt")).isEqualTo("2026-02-10T09:00:00Z");
        assertThat(json.getString("finishedAt")).isEqualTo("2026-02-10T09:00:01.250Z");
        assertThat(json.getJsonObject("counts").getJsonObject("providers").getInt("created")).isEqualTo(1);
        assertThat(json.getJsonObject("counts").getJsonObject("courses").getInt("rejected")).isEqualTo(1);
        JsonObject offerings = json.getJsonObject("counts").getJsonObject("offerings");
        assertThat(List.of(offerings.getInt("created"), offerings.getInt("updated"), offerings.getInt("unchanged"),
                offerings.getInt("rejected"))).containsExactly(1, 1, 1, 1);
        assertThat(json.getJsonArray("rejected")).hasSize(2);
        JsonObject rejected = json.getJsonArray("rejected").getJsonObject(1);
        assertThat(rejected.getString("kind")).isEqualTo("offering");
        assertThat(rejected.getString("identifier")).isEqualTo("e.9");
        assertThat(rejected.getInt("line")).isEqualTo(40);
        assertThat(rejected.getString("reason")).isEqualTo("unknown course i.9");
        assertThat(json.getJsonArray("rejected").getJsonObject(0).isNull("identifier")).isTrue();
        assertThat(json.getJsonArray("warnings")).hasSize(2);
        assertThat(json.getJsonArray("warnings").getJsonObject(1).getString("message")).contains("XX");
        assertThat(json.containsKey("error")).isFalse();
    }

    @Test
    void aFailedImportHasAnErrorWithLineAndColumnAndNoCounts() {
        ImportReport report = ImportReport.failed("broken.json", STARTED, FINISHED, List.of(),
                new ImportReport.Failure("malformed JSON: Invalid token", 4, 5));

        JsonObject json = written(report);

        assertThat(json.getString("status")).isEqualTo("FAILED");
        assertThat(json.getJsonObject("error").getString("message")).startsWith("malformed JSON");
        assertThat(json.getJsonObject("error").getInt("line")).isEqualTo(4);
        assertThat(json.getJsonObject("error").getInt("column")).isEqualTo(5);
        assertThat(json.getJsonObject("counts").getJsonObject("offerings").getInt("created")).isZero();
        assertThat(report.summary()).isEqualTo("failed: malformed JSON: Invalid token (line 4, column 5)");
    }

    @Test
    void theSummaryIsOneLine() {
        ImportReport report = new ImportReport("x.json", ImportReport.Status.IMPORTED, STARTED, FINISHED,
                Map.of(Kind.OFFERING, new Counts(2, 0, 1, 1)), List.of(), List.of(), null);

        assertThat(report.summary()).isEqualTo("providers 0 created, 0 updated, 0 unchanged, 0 rejected; courses 0 created,"
                + " 0 updated, 0 unchanged, 0 rejected; offerings 2 created, 0 updated, 1 unchanged, 1 rejected; 0 warnings");
    }
}
