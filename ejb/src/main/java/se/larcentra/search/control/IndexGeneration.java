package se.larcentra.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One on-disk index of all offerings with its writer, searcher manager and change-log cursor. A
 * rebuild creates a new generation beside the live one and swaps it in when it is complete.
 */
final class IndexGeneration implements AutoCloseable {

    static final String VERSION_KEY = "larcentra.index.version";
    static final String CURSOR_KEY = "larcentra.change.cursor";

    /** A searcher whose segments' facet value sets are ready (built in the refresh, not by the first search). */
    static final class FacetedSearcher extends IndexSearcher {
        /** The fields of all segments together, which the highlighter would otherwise merge on every search. */
        final FieldInfos fieldInfos;

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            fieldInfos = FieldInfos.getMergedFieldInfos(reader);
            for (var leaf : reader.leaves()) {
                SegmentFacetSets.of(leaf.reader());
                NearestPointSort.warm(leaf.reader());
            }
        }
    }

    final Path path;
    private final FSDirectory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    private volatile ChangeCursor cursor;

    private IndexGeneration(Path path, IndexWriterConfig.OpenMode mode, ChangeCursor cursor) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        // Fewer, larger segments than Lucene's defaults: every query looks each word up in about ten
        // fields per segment and maps each segment's facet ordinals, so segments cost search time.
        TieredMergePolicy mergePolicy = new TieredMergePolicy();
        mergePolicy.setSegmentsPerTier(4);
        mergePolicy.setFloorSegmentMB(16);
        mergePolicy.setDeletesPctAllowed(10);
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.shared().indexing())
                .setOpenMode(mode)
                .setMergePolicy(mergePolicy)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader);
            }
        });
        this.cursor = cursor;
    }

    /** A new, empty generation in {@code path}. */
    static IndexGeneration create(Path path, ChangeCursor cursor) throws IOException {
        Files.createDirectories(path);
        return new IndexGeneration(path, IndexWriterConfig.OpenMode.CREATE, cursor);
    }

    /**
     * The committed generation in {@code path}, if it holds an index of the current version; an
     * index of another version, or a damaged one, is treated as absent (and then rebuilt).
     */
    static Optional<IndexGeneration> openIfCurrent(Path path) {
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        try (FSDirectory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            Map<String, String> commitData;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                commitData = reader.getIndexCommit().getUserData();
            }
            if (!Integer.toString(OfferingDocuments.INDEX_VERSION).equals(commitData.get(VERSION_KEY))
                    || commitData.get(CURSOR_KEY) == null) {
                return Optional.empty();
            }
            return Optional.of(new IndexGeneration(path, IndexWriterConfig.OpenMode.APPEND,
                    ChangeCursor.parse(commitData.get(CURSOR_KEY))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    ChangeCursor cursor() {
        return cursor;
    }

    /** Makes the changes so far durable together with the cursor they bring the index to. */
    void commit(ChangeCursor upTo) throws IOException {
        writer.setLiveCommitData(Map.of(
                VERSION_KEY, Integer.toString(OfferingDocuments.INDEX_VERSION),
                CURSOR_KEY, upTo.serialize()).entrySet());
        writer.commit();
        cursor = upTo;
        committed = upTo;
        lastCommitNanos = System.nanoTime();
        searchers.maybeRefreshBlocking();
    }

    private volatile ChangeCursor committed;
    private volatile long lastCommitNanos = System.nanoTime();

    /**
     * Makes the changes so far searchable (a near-real-time reader, no fsync) and moves the cursor
     * on. They become durable with the next {@link #commitIfDue}; should the server stop before, the
     * last commit's cursor is older and the same changes are applied again on start, which is
     * harmless: applying a change means reindexing the offerings it touched from the database.
     */
    void publish(ChangeCursor upTo) throws IOException {
        cursor = upTo;
        searchers.maybeRefreshBlocking();
    }

    /** Commits what was published if that is older than {@code every}; true when it committed. */
    boolean commitIfDue(java.time.Duration every) throws IOException {
        ChangeCursor current = cursor;
        if (current == committed || System.nanoTime() - lastCommitNanos < every.toNanos()) {
            return false;
        }
        commit(current);
        return true;
    }

    int documentCount() {
        return writer.getDocStats().numDocs;
    }

    /** More segments than this, or a larger share of deleted documents, make the index worth merging. */
    static final int MAX_SEGMENTS_UNMERGED = 3;
    static final double MAX_DELETED_SHARE_UNMERGED = 0.03;

    /** Segments and deleted documents of the searchers' current view, and whether a merge runs. */
    record Shape(int segments, int deletedDocuments, boolean merging) {
    }

    private final AtomicBoolean merging = new AtomicBoolean();

    Shape shape() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            return new Shape(reader.leaves().size(), reader.numDeletedDocs(), merging.get());
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Whether the index has become slower to search than it need be: many segments, or many deleted
     * documents still in them (an update leaves the old document behind until a merge). A large
     * import applied through the change log leaves it so.
     */
    boolean worthMerging() throws IOException {
        if (merging.get()) {
            return false;
        }
        Shape shape = shape();
        int maxDoc = writer.getDocStats().maxDoc;
        return shape.segments() > MAX_SEGMENTS_UNMERGED
                || (maxDoc > 0 && shape.deletedDocuments() > maxDoc * MAX_DELETED_SHARE_UNMERGED);
    }

    /** Claims the one merge that may run at a time; false when one runs already. */
    boolean claimMerge() {
        return merging.compareAndSet(false, true);
    }

    /**
     * Merges the index into one segment (after {@link #claimMerge()}), then commits under
     * {@code commitLock} and refreshes. The writer keeps taking changes meanwhile, in new segments, and
     * searchers keep using the old segments until the merge is done.
     */
    void mergeFully(Object commitLock) throws IOException {
        try {
            writer.forceMerge(1, true);
            synchronized (commitLock) {
                commit(cursor);
            }
        } finally {
            merging.set(false);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void closeAndDelete() {
        close();
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
