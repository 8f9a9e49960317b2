package se.larcentra.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * One search with facet filters and drill-sideways facet counts, done with {@link SegmentFacetSets}.
 * The query is run without the facet filters; every match is marked, and only those that pass all
 * filters go on to be ranked. Then a dimension the request does not filter on is counted among the
 * hits, and a filtered one among the matches that pass the other dimensions' filters (so that the
 * other values of a filtered facet show what choosing them as well would add).
 */
final class FacetedCollection {

    private final List<LeafReaderContext> leaves;
    private final SegmentFacetSets[] segments;
    private final Map<String, List<String>> filters;
    /** Per segment: the matches of the query, and the documents that pass every filter (null: no filter). */
    private final FixedBitSet[] matched;
    private final FixedBitSet[] passing;
    /** Per segment: the documents worth looking at, or null for all (see {@link #nearMisses}). */
    private final FixedBitSet[] candidates;
    /** Per segment and filtered dimension: the documents that have one of its chosen values. */
    private final List<Map<String, FixedBitSet>> chosen;

    FacetedCollection(IndexReader reader, Map<String, List<String>> filters) throws IOException {
        this.leaves = reader.leaves();
        this.filters = filters;
        int n = leaves.size();
        segments = new SegmentFacetSets[n];
        matched = new FixedBitSet[n];
        passing = new FixedBitSet[n];
        candidates = new FixedBitSet[n];
        chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SegmentFacetSets sets = SegmentFacetSets.of(leaves.get(i).reader());
            segments[i] = sets;
            Map<String, FixedBitSet> byDim = new HashMap<>();
            FixedBitSet all = null;
            for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
                FixedBitSet having = new FixedBitSet(sets.maxDoc);
                for (String value : filter.getValue()) {
                    int position = sets.position(filter.getKey(), value);
                    if (position >= 0) {
                        sets.addTo(position, having);
                    }
                }
                byDim.put(filter.getKey(), having);
                if (all == null) {
                    all = having.clone();
                } else {
                    all.and(having);
                }
            }
            chosen.add(byDim);
            passing[i] = all;
            candidates[i] = nearMisses(byDim, sets.maxDoc);
        }
    }

    /**
     * The documents that pass all filters but at most one: only they can be a hit or be counted for
     * a filtered dimension. Null when that is every document (fewer than two filters).
     */
    private static FixedBitSet nearMisses(Map<String, FixedBitSet> byDim, int maxDoc) {
        if (byDim.size() < 2) {
            return null;
        }
        FixedBitSet union = new FixedBitSet(maxDoc);
        for (String left : byDim.keySet()) {
            FixedBitSet others = null;
            for (Map.Entry<String, FixedBitSet> dim : byDim.entrySet()) {
                if (!dim.getKey().equals(left)) {
                    if (others == null) {
                        others = dim.getValue().clone();
                    } else {
                        others.and(dim.getValue());
                    }
                }
            }
            union.or(others);
        }
        return union;
    }

    /**
     * The query to run: with two filters or more, restricted to the near misses, which lets Lucene
     * lead with them instead of walking every match of the text.
     */
    Query restrict(Query query) {
        if (Arrays.stream(candidates).allMatch(java.util.Objects::isNull)) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new DocSetQuery(candidates), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Collects into {@code ranking} the matches that pass every filter; marks all matches. */
    CollectorManager<Collector, TopFieldDocs> collectorManager(TopFieldCollectorManager ranking) {
        return new CollectorManager<>() {
            private final List<TopFieldCollector> rankers = new ArrayList<>();

            @Override
            public Collector newCollector() throws IOException {
                TopFieldCollector ranker = ranking.newCollector();
                rankers.add(ranker);
                return new Collector() {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        FixedBitSet matches = new FixedBitSet(context.reader().maxDoc());
                        matched[context.ord] = matches;
                        FixedBitSet passes = passing[context.ord];
                        return new FilterLeafCollector(ranker.getLeafCollector(context)) {
                            @Override
                            public void collect(int doc) throws IOException {
                                matches.set(doc);
                                if (passes == null || passes.get(doc)) {
                                    in.collect(doc);
                                }
                            }

                            /** Never skips documents: every match is counted. */
                            @Override
                            public org.apache.lucene.search.DocIdSetIterator competitiveIterator() {
                                return null;
                            }
                        };
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        // Every match must be seen, so never a mode that lets the query skip some.
                        return ranker.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public TopFieldDocs reduce(Collection<Collector> collectors) throws IOException {
                return ranking.reduce(rankers);
            }
        };
    }

    /**
     * The counts of each dimension's values, most frequent first (equal counts in label order), at
     * most {@code limit} per dimension, values counted 0 left out.
     */
    Map<String, Map<String, Long>> counts(List<String> dimensions, int limit) {
        Map<String, Map<String, Long>> totals = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            FixedBitSet matches = matched[i];
            if (matches == null) {
                continue; // nothing of the segment matched
            }
            SegmentFacetSets sets = segments[i];
            FixedBitSet hits = passing[i] == null ? matches : and(matches, passing[i]);
            Map<String, FixedBitSet> sideways = new HashMap<>();
            for (String dim : filters.keySet()) {
                FixedBitSet others = matches.clone();
                chosen.get(i).forEach((otherDim, having) -> {
                    if (!otherDim.equals(dim)) {
                        others.and(having);
                    }
                });
                sideways.put(dim, others);
            }
            long[] counts = new long[sets.dims.length];
            sets.count(hits, null, counts);
            sideways.forEach((dim, others) -> {
                int[] range = sets.range(dim);
                if (range != null) {
                    Arrays.fill(counts, range[0], range[1], 0);
                    sets.count(others, dim, counts);
                }
            });
            for (int position = 0; position < counts.length; position++) {
                if (counts[position] > 0) {
                    totals.computeIfAbsent(sets.dims[position], d -> new HashMap<>())
                            .merge(sets.values[position], counts[position], Long::sum);
                }
            }
        }
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        Comparator<Map.Entry<String, Long>> order = Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        for (String dim : dimensions) {
            Map<String, Long> values = new LinkedHashMap<>();
            totals.getOrDefault(dim, Map.of()).entrySet().stream().sorted(order).limit(limit)
                    .forEach(value -> values.put(value.getKey(), value.getValue()));
            ordered.put(dim, values);
        }
        return ordered;
    }

    private static FixedBitSet and(FixedBitSet a, FixedBitSet b) {
        FixedBitSet both = a.clone();
        both.and(b);
        return both;
    }
}
