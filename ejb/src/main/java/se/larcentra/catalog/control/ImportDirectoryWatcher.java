package se.larcentra.catalog.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.larcentra.catalog.boundary.ImportReport;
import se.larcentra.platform.boundary.Settings;

/**
 * Imports the EMIL3 files dropped into the import directory ({@value #SETTING}, by default
 * {@code import/} in the data directory): every {@value #POLL_MILLIS} ms it claims each new
 * {@code *.json} file, imports it in a transaction of its own and moves it with its report to
 * {@code done/} or {@code failed/} (see {@link ImportDirectory}). Write a file under another name and
 * rename it in, so it is never read half-written.
 *
 * <p>Claims are atomic renames, so servers sharing the directory never import a file twice. Starts
 * after the schema migration, and once search watches the catalogue's changes, so search misses no
 * import. It does not wait for demo data: a file waiting at the very first start of a demo database
 * may find no centres yet to host its offerings (the report warns of each).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "SearchChangeCapture"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportDirectoryWatcher {

    public static final String SETTING = "LARCENTRA_IMPORT_DIR";
    static final long POLL_MILLIS = 2_000;
    /** Files larger than this go to failed/ unread ({@code LARCENTRA_IMPORT_MAX_BYTES}, default 50 MB). */
    private static final long MAX_BYTES = Settings.number("LARCENTRA_IMPORT_MAX_BYTES", 50L * 1024 * 1024);
    private static final Duration STALE_CLAIM = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(ImportDirectoryWatcher.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    Emil3FileImport fileImport;

    @Inject
    Clock clock;

    private volatile ImportDirectory directory;
    private volatile boolean stopping;
    private final AtomicBoolean polling = new AtomicBoolean();

    /** The directory the watcher uses: {@value #SETTING}, else {@code import} in the data directory. */
    public static Path configuredDirectory() {
        return Settings.get(SETTING).map(Path::of).orElseGet(() -> Settings.dataDirectory().resolve("import"))
                .toAbsolutePath().normalize();
    }

    @PostConstruct
    void start() {
        Path root = configuredDirectory();
        try {
            ImportDirectory opened = ImportDirectory.open(root, owner());
            Instant now = clock.instant();
            List<Path> requeued = opened.requeueOwnClaims(now);
            if (!requeued.isEmpty()) {
                LOG.warning(() -> "Import interrupted by the last shutdown, queued again: " + requeued);
            }
            List<Path> stale = opened.staleClaims(now, STALE_CLAIM);
            if (!stale.isEmpty()) {
                LOG.warning(() -> "Import claims older than " + STALE_CLAIM.toHours() + " h (another server"
                        + " stopped while importing? move the file back to import again): " + stale);
            }
            directory = opened;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Import directory " + root + " is unusable; EMIL3 files are not imported");
            return;
        }
        timerService.createIntervalTimer(POLL_MILLIS, POLL_MILLIS, new TimerConfig("EMIL3 import directory", false));
        LOG.info(() -> "Importing EMIL3 files (*.json) dropped into " + root);
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    public Path directory() {
        return directory == null ? configuredDirectory() : directory.root();
    }

    /** One round: imports every waiting file in turn. Skipped while the previous round still runs. */
    @Timeout
    void poll() {
        ImportDirectory dir = directory;
        if (dir == null || !polling.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Path file : dir.pending(clock.instant())) {
                if (stopping) {
                    return;
                }
                dir.claim(file).ifPresent(claim -> process(dir, claim));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot read the import directory " + dir.root());
        } finally {
            polling.set(false);
        }
    }

    private void process(ImportDirectory dir, ImportDirectory.Claim claim) {
        long started = System.nanoTime();
        ImportReport report = importFile(claim);
        long millis = (System.nanoTime() - started) / 1_000_000;
        try {
            Path target = dir.finish(claim, report.isImported(), ImportReportJson.toBytes(report), clock.instant());
            String line = "EMIL3 file " + claim.name() + " " + (report.isImported() ? "imported" : "not imported") + " in "
                    + millis + " ms, now " + dir.root().relativize(target) + ": " + report.summary();
            LOG.log(report.isImported() ? Level.INFO : Level.WARNING, line);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, e, () -> "EMIL3 file " + claim.name() + " " + (report.isImported() ? "imported" : "not imported")
                    + " but left in " + claim.directory() + ": cannot move it to done/ or failed/");
        }
    }

    private ImportReport importFile(ImportDirectory.Claim claim) {
        Instant startedAt = clock.instant();
        try (InputStream in = ImportDirectory.read(claim, MAX_BYTES)) {
            return fileImport.run(claim.name(), in);
        } catch (ImportDirectory.RefusedFile refused) {
            return ImportReport.failed(claim.name(), startedAt, clock.instant(), List.of(),
                    new ImportReport.Failure(refused.getMessage(), null, null));
        } catch (IOException | RuntimeException e) {
            return ImportReport.failed(claim.name(), startedAt, clock.instant(), List.of(),
                    new ImportReport.Failure("cannot import the file: " + e, null, null));
        }
    }

    /** Names this server in its claims: host and instance. */
    private static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            host = "host";
        }
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        return (host + "_" + instance).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
