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
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
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

    private final SegmentFacetSets[] segments;
    /** Per segment: the matches of the query (filled by the collectors). */
    private final FixedBitSet[] matched;
    /** Per segment: the documents that pass every filter; null without filters. */
    private final FixedBitSet[] passing;
    /**
     * Per segment and filtered dimension: the documents that pass the filters of all other
     * dimensions (null: every document, when it is the only filter). A filtered dimension is counted
     * among these.
     */
    private final List<Map<String, FixedBitSet>> passingOthers;
    /** Per segment: the documents worth looking at, those that fail at most one filter; null for all. */
    private final FixedBitSet[] candidates;

    FacetedCollection(IndexReader reader, Map<String, List<String>> filters) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int n = leaves.size();
        segments = new SegmentFacetSets[n];
        matched = new FixedBitSet[n];
        passing = new FixedBitSet[n];
        passingOthers = new ArrayList<>(n);
        candidates = new FixedBitSet[n];
        for (int i = 0; i < n; i++) {
            SegmentFacetSets sets = SegmentFacetSets.of(leaves.get(i).reader());
            segments[i] = sets;
            Map<String, FixedBitSet> chosen = new HashMap<>();
            filters.forEach((dim, values) -> {
                FixedBitSet having = new FixedBitSet(sets.maxDoc);
                for (String value : values) {
                    int position = sets.position(dim, value);
                    if (position >= 0) {
                        sets.addTo(position, having);
                    }
                }
                chosen.put(dim, having);
            });
            Map<String, FixedBitSet> others = new HashMap<>();
            for (String dim : chosen.keySet()) {
                FixedBitSet passesOthers = null;
                for (Map.Entry<String, FixedBitSet> other : chosen.entrySet()) {
                    if (!other.getKey().equals(dim)) {
                        passesOthers = passesOthers == null ? other.getValue().clone() : and(passesOthers, other.getValue());
                    }
                }
                others.put(dim, passesOthers);
                if (passing[i] == null) {
                    passing[i] = passesOthers == null ? chosen.get(dim) : and(passesOthers.clone(), chosen.get(dim));
                }
                if (passesOthers != null) {
                    if (candidates[i] == null) {
                        candidates[i] = new FixedBitSet(sets.maxDoc);
                    }
                    candidates[i].or(passesOthers);
                }
            }
            passingOthers.add(others);
        }
    }

    /**
     * The query to run: with two filters or more, restricted to the near misses, which lets Lucene
     * lead with them instead of walking every match of the text.
     */
    Query restrict(Query query) {
        if (Arrays.stream(candidates).allMatch(Objects::isNull)) {
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
                            public DocIdSetIterator competitiveIterator() {
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
            FixedBitSet hits = passing[i] == null ? matches : and(matches.clone(), passing[i]);
            Map<String, FixedBitSet> sideways = new HashMap<>();
            passingOthers.get(i).forEach((dim, others) -> sideways.put(dim, others == null ? matches : and(matches.clone(), others)));
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

    /** {@code a} ∧ {@code b}, in {@code a}. */
    private static FixedBitSet and(FixedBitSet a, FixedBitSet b) {
        a.and(b);
        return a;
    }
}
