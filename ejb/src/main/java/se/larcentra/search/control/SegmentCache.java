package se.larcentra.search.control;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Something derived from an index segment, built on first use and kept for as long as the segment
 * is open: a segment never changes once written, so every searcher that holds it can share it.
 */
final class SegmentCache<T> {

    /** Builds the value from a segment. */
    @FunctionalInterface
    interface Builder<T> {
        T build(LeafReader segment) throws IOException;
    }

    private final Map<IndexReader.CacheKey, T> cache = new ConcurrentHashMap<>();
    private final Builder<T> builder;

    SegmentCache(Builder<T> builder) {
        this.builder = builder;
    }

    T of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper cacheHelper = segment.getCoreCacheHelper();
        if (cacheHelper == null) {
            return builder.build(segment);
        }
        IndexReader.CacheKey key = cacheHelper.getKey();
        T value = cache.get(key);
        if (value == null) {
            value = builder.build(segment);
            if (cache.putIfAbsent(key, value) == null) {
                cacheHelper.addClosedListener(cache::remove);
            }
        }
        return value;
    }
}
