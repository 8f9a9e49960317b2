package se.larcentra.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import se.larcentra.platform.control.PeriodicJob;
import se.larcentra.platform.boundary.Settings;
import se.larcentra.search.boundary.SearchStatus;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.boundary.SearchUnavailableException;
import se.larcentra.search.entity.SearchChange;

/**
 * The one owner of the Lucene index of offerings on this server.
 *
 * <p>At start it opens the index under {@code $LARCENTRA_INDEX_DIR} (default
 * {@code $LARCENTRA_DATA_DIR/index}), or, when it is missing, of an older version, or empty while the
 * database has offerings, builds it in the background; until then search is unavailable. A poller
 * applies the database's change log every {@value #POLL_MILLIS} ms, so committed changes reach
 * search within a second and rolled-back ones never do. A rebuild writes a new generation beside the
 * live one, which keeps answering until the new one is complete and swapped in.
 *
 * <p>It starts once search watches the persistence unit ({@link SearchChangeCapture}), and waits for
 * nothing that loads data (demo data may arrive while it builds): a build reads the change log's end
 * before the offerings, and what commits after that reaches the new index through the log, replacing
 * by id whatever the build read of it, so nothing is missed or doubled.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "SearchChangeCapture"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    static final long POLL_MILLIS = 200;
    /** Changes are searchable at once and made durable (committed, fsync) at least this often while they come. */
    static final java.time.Duration COMMIT_EVERY = java.time.Duration.ofSeconds(5);
    private static final long SUGGESTIONS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int CHANGE_BATCH = 2_000;
    private static final int REBUILD_BATCH = 1_000;
    private static final String CURRENT_POINTER = "current";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    IndexFeeder feeder;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedExecutorService executor;

    private final Object writeLock = new Object();
    private final OfferingSearcher offeringSearcher = new OfferingSearcher(SearchAnalyzers.shared());
    private volatile IndexGeneration live;
    private final AtomicReference<SearchStatus.Rebuild> rebuild = new AtomicReference<>();
    private volatile String lastError;
    private PeriodicJob poller;
    private volatile TitleSuggester suggester;
    private volatile boolean suggestionsStale = true;
    private volatile long suggestionsBuiltAt;
    private Path root;

    @PostConstruct
    void open() {
        root = Settings.get("LARCENTRA_INDEX_DIR").map(Path::of)
                .orElseGet(() -> Settings.dataDirectory().resolve("index"));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index directory " + root, e);
        }
        Optional<IndexGeneration> existing = currentPath().flatMap(IndexGeneration::openIfCurrent);
        if (existing.isPresent() && isUsable(existing.get())) {
            live = existing.get();
            LOG.info(() -> "Search index opened: " + live.documentCount() + " offerings, " + live.path);
        } else {
            existing.ifPresent(IndexGeneration::close);
            LOG.info("Search index missing, empty or of an older version: building it in the background");
            startRebuild();
        }
        poller = PeriodicJob.start("search-index", java.time.Duration.ofMillis(POLL_MILLIS), threads, this::applyChangesSafely);
    }

    /**
     * An index is usable unless it is empty while the database has offerings, or has read further in
     * the change log than the database has (it belongs to another database).
     */
    private boolean isUsable(IndexGeneration generation) {
        boolean emptyButShouldNotBe = generation.documentCount() == 0 && feeder.offeringCount() > 0;
        boolean fromAnotherDatabase = generation.cursor().highWater() > feeder.cursorAtEnd(clock.instant()).highWater();
        return !emptyButShouldNotBe && !fromAnotherDatabase;
    }

    @PreDestroy
    void close() {
        if (poller != null) {
            poller.close();
        }
        synchronized (writeLock) {
            if (live != null) {
                try {
                    live.commitIfDue(java.time.Duration.ZERO); // what was only published becomes durable
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not commit the search index on shutdown; the changes are applied again at start", e);
                }
                live.close();
                live = null;
            }
        }
        if (suggester != null) {
            suggester.close();
        }
    }

    public SearchStatus status() {
        IndexGeneration generation = live;
        IndexGeneration.Shape shape = new IndexGeneration.Shape(0, 0, false);
        if (generation != null) {
            try {
                shape = generation.shape();
            } catch (IOException | RuntimeException closedMeanwhile) {
                // a rebuild swapped it out just now; the next status tells
            }
        }
        return new SearchStatus(generation != null, generation == null ? 0 : generation.documentCount(),
                shape.segments(), shape.deletedDocuments(), shape.merging(), Optional.ofNullable(rebuild.get()), Optional.ofNullable(lastError));
    }

    /** Answers a search from the live index. */
    public SearchResult search(SearchRequest request, LocalDate today) throws IOException {
        return search(searcher -> offeringSearcher.search(searcher, request, today));
    }

    /** Runs work on a searcher of the live index; the searcher is released however the work ends. */
    <T> T search(SearchWork<T> work) throws IOException {
        IndexGeneration generation = live;
        if (generation == null) {
            throw new SearchUnavailableException();
        }
        IndexGeneration.FacetedSearcher searcher = (IndexGeneration.FacetedSearcher) generation.searchers.acquire();
        try {
            return work.on(searcher);
        } finally {
            generation.searchers.release(searcher);
        }
    }

    /** Work done with a searcher of the live index. */
    @FunctionalInterface
    interface SearchWork<T> {
        T on(IndexGeneration.FacetedSearcher searcher) throws IOException;
    }

    /**
     * Starts a full rebuild in the background unless one is running.
     *
     * @return whether a rebuild was started
     */
    public boolean startRebuild() {
        SearchStatus.Rebuild starting = new SearchStatus.Rebuild(clock.instant(), 0, 0);
        if (!rebuild.compareAndSet(null, starting)) {
            return false;
        }
        executor.submit(this::rebuildSafely);
        return true;
    }

    private void rebuildSafely() {
        try {
            rebuild();
            lastError = null;
        } catch (Exception | Error e) {
            lastError = "Rebuild failed: " + e;
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
        } finally {
            rebuild.set(null);
        }
    }

    private void rebuild() throws IOException {
        Instant started = clock.instant();
        Path path = root.resolve("offerings-" + started.toEpochMilli());
        ChangeCursor start = feeder.cursorAtEnd(started);
        long total = feeder.offeringCount();
        rebuild.set(new SearchStatus.Rebuild(started, total, 0));
        IndexGeneration fresh = IndexGeneration.create(path, start);
        try {
            long done = 0;
            long after = 0;
            List<Long> ids;
            while (!(ids = feeder.offeringIdsAfter(after, REBUILD_BATCH)).isEmpty()) {
                Map<Long, Document> documents = feeder.documents(ids);
                fresh.writer.addDocuments(documents.values());
                done += ids.size();
                after = ids.get(ids.size() - 1);
                rebuild.set(new SearchStatus.Rebuild(started, Math.max(total, done), done));
            }
            // One segment: the fastest shape to search, and the index is not live yet, so no one waits.
            fresh.writer.forceMerge(1);
            fresh.commit(start);
        } catch (IOException | RuntimeException e) {
            fresh.closeAndDelete();
            throw e;
        }
        IndexGeneration old;
        synchronized (writeLock) {
            old = live;
            live = fresh;
            suggestionsStale = true;
            Files.writeString(root.resolve(CURRENT_POINTER), path.getFileName().toString(), StandardCharsets.UTF_8);
        }
        if (old != null) {
            old.closeAndDelete();
        }
        long millis = clock.instant().toEpochMilli() - started.toEpochMilli();
        LOG.info(() -> "Search index built: " + fresh.documentCount() + " offerings in " + millis + " ms");
    }

    private Optional<Path> currentPath() {
        Path pointer = root.resolve(CURRENT_POINTER);
        try {
            return Files.exists(pointer)
                    ? Optional.of(root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Completions for the search box; empty until the index is ready. */
    public List<String> suggest(String prefix, String language, int count) throws IOException {
        TitleSuggester current = suggester;
        return current == null ? List.of() : current.suggest(prefix, language, count);
    }

    private final java.util.concurrent.atomic.AtomicBoolean suggestionsBuilding = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Rebuilds the completions on another thread: a build reads every title (a second or so at
     * 100 000 offerings), and the poller must go on applying changes meanwhile.
     */
    private void refreshSuggestionsInBackground() {
        if (!suggestionsStale || !suggestionsBuilding.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(() -> {
                try {
                    refreshSuggestions();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Rebuilding the search suggestions failed; trying again later", e);
                } finally {
                    suggestionsBuilding.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            suggestionsBuilding.set(false);
        }
    }

    /** Rebuilds the completions when the index changed, at most every few seconds (a build reads every title). */
    private void refreshSuggestions() throws IOException {
        long now = System.nanoTime();
        if (!suggestionsStale || (suggester != null && now - suggestionsBuiltAt < SUGGESTIONS_EVERY_NANOS)) {
            return;
        }
        suggestionsStale = false;
        TitleSuggester fresh = search(searcher -> TitleSuggester.build(searcher.getIndexReader()));
        TitleSuggester old = suggester;
        suggester = fresh;
        suggestionsBuiltAt = now;
        if (old != null) {
            old.close();
        }
    }

    private void applyChangesSafely() {
        try {
            int applied;
            boolean idle = true;
            while ((applied = applyChanges()) > 0) {
                idle = false;
                if (applied < CHANGE_BATCH) {
                    break; // the log is drained; a full batch means there may be more right away
                }
            }
            IndexGeneration generation = live;
            if (generation != null) {
                synchronized (writeLock) {
                    if (generation == live) {
                        generation.commitIfDue(idle ? java.time.Duration.ZERO : COMMIT_EVERY);
                    }
                }
                refreshSuggestionsInBackground();
                if (idle) {
                    mergeIfWorthIt();
                }
            }
        } catch (Exception | Error e) {
            lastError = "Applying changes failed: " + e;
            LOG.log(Level.WARNING, "Applying search changes failed; retrying", e);
        }
    }

    /**
     * Merges the live index in the background when changes have left it in many segments or with
     * many deleted documents; only when the change log is drained, so a running import is not slowed.
     */
    private void mergeIfWorthIt() throws IOException {
        IndexGeneration generation = live;
        if (generation == null || rebuild.get() != null || !generation.worthMerging() || !generation.claimMerge()) {
            return;
        }
        IndexGeneration.Shape before = generation.shape();
        executor.submit(() -> {
            long t0 = System.nanoTime();
            try {
                generation.mergeFully(writeLock);
                LOG.info(() -> "Search index merged from " + before.segments() + " segments and "
                        + before.deletedDocuments() + " deleted documents in "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
            } catch (IOException | RuntimeException e) {
                if (live == generation) { // a rebuild may have closed it meanwhile: nothing lost then
                    LOG.log(Level.WARNING, "Merging the search index failed", e);
                }
            }
        });
    }

    /** Applies the next batch of the change log to the live index; returns how many rows it read. */
    int applyChanges() throws IOException {
        synchronized (writeLock) {
            IndexGeneration generation = live;
            if (generation == null) {
                return 0;
            }
            ChangeCursor cursor = generation.cursor();
            List<SearchChange> changes = feeder.changesAfter(cursor, CHANGE_BATCH);
            if (changes.isEmpty()) {
                return 0;
            }
            Set<Long> offeringIds = feeder.affectedOfferings(changes);
            Map<Long, Document> documents = feeder.documents(offeringIds);
            for (Long id : offeringIds) {
                Term term = new Term(OfferingFields.ID, Long.toString(id));
                Document document = documents.get(id);
                if (document == null) {
                    generation.writer.deleteDocuments(term);
                } else {
                    generation.writer.updateDocument(term, document);
                }
            }
            // Searchable now; durable within COMMIT_EVERY (an fsync per batch would cost visibility).
            generation.publish(cursor.advance(changes.stream().map(SearchChange::getId).toList(), clock.instant()));
            suggestionsStale = true;
            return changes.size();
        }
    }
}
