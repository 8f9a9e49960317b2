package se.larcentra.catalog.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.larcentra.catalog.boundary.ImportReport;

/**
 * Imports one EMIL3 document: parses it outside any transaction, then hands it to the
 * {@link Emil3Importer} in a transaction of its own, so the document imports completely or not at
 * all. Never throws: a malformed document or a failed transaction becomes a
 * {@link ImportReport.Status#FAILED} report saying why. Shared by the administrators' boundary and
 * the import directory watcher.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Emil3FileImport {

    private static final Logger LOG = Logger.getLogger(Emil3FileImport.class.getName());

    @Inject
    Emil3Importer importer;

    @Inject
    Clock clock;

    /**
     * @param name what the report calls the document (the file name)
     * @param json the document, read to its end but not closed
     */
    public ImportReport run(String name, InputStream json) {
        Instant started = clock.instant();
        Emil3Document document;
        try {
            document = Emil3Parser.parse(json);
        } catch (Emil3FormatException e) {
            return ImportReport.failed(name, started, clock.instant(), List.of(),
                    new ImportReport.Failure(e.reason(), e.line().orElse(null), e.column().orElse(null)));
        }
        try {
            ImportTally tally = importer.apply(document);
            return tally.report(name, started, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Import of " + name + " rolled back");
            return ImportReport.failed(name, started, clock.instant(), document.warnings(),
                    new ImportReport.Failure("nothing was imported, the transaction was rolled back: " + rootCause(e), null, null));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip().lines().findFirst().orElse(""));
    }
}
