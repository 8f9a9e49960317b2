package se.larcentra.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.boundary.ImportReport;
import se.larcentra.catalog.boundary.ImportReport.Kind;

class Emil3FileImportTest {

    private final List<Emil3Document> imported = new ArrayList<>();

    private Emil3FileImport fileImport(Function<Emil3Document, ImportTally> importing) {
        Emil3FileImport fileImport = new Emil3FileImport();
        fileImport.clock = Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), ZoneOffset.UTC);
        fileImport.importer = new Emil3Importer() {
            @Override
            public ImportTally apply(Emil3Document document) {
                imported.add(document);
                return importing.apply(document);
            }
        };
        return fileImport;
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedDocumentNeverReachesTheDatabase() {
        ImportReport report = fileImport(d -> new ImportTally(d.rejected(), d.warnings()))
                .run("broken.json", json("{\n\"educationEvents\": [\n  {\"id\": \"e.1\"}\n  {\"id\": \"e.2\"}\n]}"));

        assertThat(imported).isEmpty();
        assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
        assertThat(report.failure()).hasValueSatisfying(f -> {
            assertThat(f.message()).startsWith("malformed JSON");
            assertThat(f.line()).isEqualTo(4);
        });
        assertThat(report.file()).isEqualTo("broken.json");
    }

    @Test
    void aRolledBackTransactionFailsTheWholeFileWithTheDatabaseMessage() {
        ImportReport report = fileImport(d -> {
            throw new EJBTransactionRolledbackException("rolled back",
                    new PersistenceException("wrapped", new IllegalStateException("Unique index or primary key violation")));
        }).run("dup.json", json("{\"educationProviders\": [{\"id\": \"p.1\", \"content\": {\"name\": \"P\", \"url\": 5}}]}"));

        assertThat(imported).hasSize(1);
        assertThat(report.isImported()).isFalse();
        assertThat(report.failure().orElseThrow().message()).contains("rolled back")
                .contains("IllegalStateException: Unique index or primary key violation");
        assertThat(report.counts(Kind.PROVIDER).total()).isZero();
        assertThat(report.warnings()).as("the parser's warnings stay").singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"url\""));
    }

    @Test
    void anImportedDocumentReportsWhatTheImporterCounted() {
        ImportReport report = fileImport(d -> {
            ImportTally tally = new ImportTally(d.rejected(), d.warnings());
            tally.created(Kind.PROVIDER);
            return tally;
        }).run("ok.json", json("{\"educationProviders\": [{\"id\": \"p.1\", \"content\": {\"name\": \"P\"}}]}"));

        assertThat(report.isImported()).isTrue();
        assertThat(report.counts(Kind.PROVIDER).created()).isEqualTo(1);
        assertThat(report.startedAt()).isEqualTo(Instant.parse("2026-02-10T09:00:00Z"));
        assertThat(imported.get(0).providers()).hasSize(1);
    }
}
