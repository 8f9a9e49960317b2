package se.larcentra.bench.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import se.larcentra.bench.control.BenchCatalogWriter;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.platform.boundary.Settings;
import se.larcentra.search.boundary.Search;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;
import se.larcentra.search.control.SearchIndex;
import se.larcentra.search.control.SegmentFacetSets;

/**
 * What the search benchmark (app/src/bench) needs done inside the server: grow the catalogue,
 * time the search boundary, time an index rebuild, and tell how much memory the index takes.
 *
 * <p>It lives in the benchmark's helper WAR, which only the benchmark's own EAR holds: generating a
 * hundred thousand offerings into a real catalogue, or keeping the server busy timing searches, must
 * never be one request away on a production server, so the code is not there at all.
 * No transaction of its own: growing commits batch by batch, timing calls the boundary as a client would.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchBenchmark {

    /** Offerings per transaction while growing: large enough to be quick, small enough for the heap. */
    static final int BATCH = 2_000;
    private static final int SEARCHERS_MEASURED = 4;
    private static final long REBUILD_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(20);

    /** What growing did: the offerings there are now, how many were added and how long it took. */
    public record Growth(long offerings, long added, long courses, long millis) {
    }

    /** The samples of one query of the mix, in nanoseconds, and the hits it found. */
    public record Timing(String name, long total, long[] nanos) {
    }

    /** A rebuild of the whole index: its wall time and the documents it holds. */
    public record Rebuilt(long millis, long documents) {
    }

    /**
     * Memory: the server's heap after a full collection, the index's size on disk (memory-mapped,
     * so it lives in the page cache, not in the heap), and the heap one more searcher of it takes
     * (reader and facet ordinals, measured by opening one).
     */
    public record Memory(long pid, long heapUsedBytes, long heapMaxBytes, long indexBytesOnDisk, long searcherHeapBytes,
            long documents, int segments, long deletedDocuments) {
    }

    @Inject
    BenchCatalogWriter writer;

    @Inject
    Search search;

    @Inject
    SearchIndex index;

    @Inject
    Clock clock;

    /**
     * Adds generated courses and offerings until there are {@code total} offerings, or until
     * {@code atMost} have been added in this call (the caller calls again; one call stays short).
     */
    public Growth growTo(@Min(1) @Max(2_000_000) int total, @Min(1) int atMost) {
        long started = System.nanoTime();
        writer.addProvidersOnce();
        LocalDate anchor = LocalDate.now(clock.withZone(ApplicationWindow.SWEDEN));
        long offerings = writer.offeringCount();
        long added = 0;
        long courses = 0;
        while (offerings < total && added < atMost) {
            int batch = (int) Math.min(BATCH, Math.min(total - offerings, atMost - added));
            var done = writer.addCourses(writer.benchCourseCount(), batch, anchor);
            offerings += done.offerings();
            added += done.offerings();
            courses += done.courses();
        }
        return new Growth(offerings, added, courses, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * Times {@link Search#search} for each request of the mix, in rounds (every request once per
     * round, in order), after {@code warmupRounds} unmeasured rounds. Sequential, one thread: the
     * latency of one call, not the throughput of the server.
     */
    public List<Timing> timeSearches(@NotNull Map<String, SearchRequest> mix, @Min(0) int warmupRounds,
            @Min(1) @Max(100_000) int rounds) {
        List<String> names = new ArrayList<>(mix.keySet());
        long[][] samples = new long[names.size()][rounds];
        long[] totals = new long[names.size()];
        for (int round = 0; round < warmupRounds + rounds; round++) {
            for (int q = 0; q < names.size(); q++) {
                long t0 = System.nanoTime();
                SearchResult result = search.search(mix.get(names.get(q)));
                long elapsed = System.nanoTime() - t0;
                if (round >= warmupRounds) {
                    samples[q][round - warmupRounds] = elapsed;
                    totals[q] = result.total();
                }
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int q = 0; q < names.size(); q++) {
            timings.add(new Timing(names.get(q), totals[q], samples[q]));
        }
        return timings;
    }

    /**
     * How long a committed change takes to reach search: renames a course (its own transaction,
     * committed when the call returns), then searches for the new word every millisecond until the
     * course's offerings are found. Nanoseconds from the commit to the first search that finds them.
     */
    public Timing timeVisibility(@Min(1) @Max(1_000) int rounds) {
        long courses = writer.benchCourseCount();
        if (courses == 0) {
            throw new IllegalStateException("no benchmark courses to rename; grow the catalogue first");
        }
        java.util.Random random = new java.util.Random(rounds);
        long[] nanos = new long[rounds];
        long found = 0;
        for (int round = 0; round < rounds; round++) {
            // Letters only and ending in "zq": no Swedish or English word, so only the renamed course has it.
            StringBuilder word = new StringBuilder("synlig");
            for (int i = 0; i < 8; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            word.append("zq");
            LocalDate today = LocalDate.now(clock.withZone(ApplicationWindow.SWEDEN));
            SearchRequest request = new SearchRequest(word.toString(), Map.of(), java.util.Optional.empty(),
                    java.util.Optional.empty(), false, java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), 0, 1, "sv");
            long offerings;
            do { // a course whose offerings have all finished is not shown by search: take another
                offerings = writer.renameCourse(Math.floorMod(random.nextLong(), courses), word.toString(), today);
            } while (offerings == 0);
            long committed = System.nanoTime();
            long deadline = committed + TimeUnit.SECONDS.toNanos(30);
            long total;
            while ((total = search.search(request).total()) < offerings) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("a renamed course did not reach search within 30 s");
                }
                pause(1);
            }
            nanos[round] = System.nanoTime() - committed;
            found = total;
            pause(50); // apart, as edits come, not one batch
        }
        return new Timing("committed change visible in search", found, nanos);
    }

    /** Times {@link Search#suggest} for each prefix, in rounds, after warm-up rounds. */
    public List<Timing> timeSuggestions(@NotNull List<String> prefixes, @Min(0) int warmupRounds,
            @Min(1) @Max(100_000) int rounds) {
        List<Timing> timings = new ArrayList<>();
        long[][] samples = new long[prefixes.size()][rounds];
        long[] totals = new long[prefixes.size()];
        for (int round = 0; round < warmupRounds + rounds; round++) {
            for (int p = 0; p < prefixes.size(); p++) {
                long t0 = System.nanoTime();
                int count = search.suggest(prefixes.get(p), "sv").size();
                long elapsed = System.nanoTime() - t0;
                if (round >= warmupRounds) {
                    samples[p][round - warmupRounds] = elapsed;
                    totals[p] = count;
                }
            }
        }
        for (int p = 0; p < prefixes.size(); p++) {
            timings.add(new Timing(prefixes.get(p), totals[p], samples[p]));
        }
        return timings;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Rebuilds the whole index and waits for it: what an administrator's rebuild costs. */
    public Rebuilt rebuildIndex() {
        awaitNoRebuild();
        long started = System.nanoTime();
        while (!index.startRebuild()) {
            awaitNoRebuild();
            started = System.nanoTime();
        }
        awaitNoRebuild();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        var status = index.status();
        if (status.lastError().isPresent()) {
            throw new IllegalStateException("the rebuild failed: " + status.lastError().get());
        }
        return new Rebuilt(millis, status.documents());
    }

    private void awaitNoRebuild() {
        long deadline = System.nanoTime() + REBUILD_LIMIT_NANOS;
        while (index.status().rebuild().isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the index rebuild did not end within 20 minutes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the rebuild", e);
            }
        }
    }

    public Memory memory() {
        MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
        Path generation = currentGeneration();
        List<AutoCloseable> open = new ArrayList<>();
        List<Object> facetStates = new ArrayList<>();
        long searcherHeap;
        int segments = 0;
        long deleted = 0;
        try {
            long before = usedAfterGc(heap);
            // Several at once, so that the figure stands out from the noise of a running server.
            for (int i = 0; i < SEARCHERS_MEASURED; i++) {
                FSDirectory directory = FSDirectory.open(generation);
                open.add(directory);
                DirectoryReader reader = DirectoryReader.open(directory);
                open.add(reader);
                segments = reader.leaves().size();
                deleted = reader.numDeletedDocs();
                for (var leaf : reader.leaves()) {
                    facetStates.add(SegmentFacetSets.build(leaf.reader()));
                }
            }
            searcherHeap = (usedAfterGc(heap) - before) / SEARCHERS_MEASURED;
            Reference.reachabilityFence(facetStates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                try {
                    open.get(i).close();
                } catch (Exception e) {
                    // measured already; closing a read-only reader does not fail in practice
                }
            }
        }
        return new Memory(ProcessHandle.current().pid(), usedAfterGc(heap), heap.getHeapMemoryUsage().getMax(),
                sizeOf(indexRoot()), searcherHeap, index.status().documents(), segments, deleted);
    }

    private static long usedAfterGc(MemoryMXBean heap) {
        for (int i = 0; i < 3; i++) {
            heap.gc();
        }
        return heap.getHeapMemoryUsage().getUsed();
    }

    /** As {@link SearchIndex} finds it: {@code LARCENTRA_INDEX_DIR}, else the data directory's {@code index}. */
    private static Path indexRoot() {
        return Settings.get("LARCENTRA_INDEX_DIR").map(Path::of).orElseGet(() -> Settings.dataDirectory().resolve("index"));
    }

    private static Path currentGeneration() {
        try {
            return indexRoot().resolve(Files.readString(indexRoot().resolve("current"), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("no current index generation", e);
        }
    }

    private static long sizeOf(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0; // a merge deleted it meanwhile
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
