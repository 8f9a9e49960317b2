package se.larcentra.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import se.larcentra.centre.entity.LearningCentre;

/**
 * The centre and municipality facets, counted from one value per document: the set of centres an
 * offering can be studied at, {@code "3:1737,5:1737,9:1780"} (centre id and municipality code, by
 * centre id), in a sorted doc-values field of its own.
 *
 * <p>Why: a distance course can be studied at many centres, often all, and counting the centre and
 * municipality facets value by value cost up to forty ordinals per document, a fifth of a search.
 * Here each matching document costs one ordinal; each segment's sets are decoded once (segments do
 * not change) into centre and municipality numbers, and after counting, each set that matched adds
 * its count to its centres and municipalities. Exact: a document counts once for each centre and
 * each municipality of its set.
 */
final class HostingFacet {

    /** Centre ids and municipality codes, numbered as first seen (a few hundred at the most). */
    private static final Dictionary CENTRES = new Dictionary();
    private static final Dictionary MUNICIPALITIES = new Dictionary();

    /** Each segment's sets, decoded, by the segment's core (dropped when the core closes). */
    private static final Map<IndexReader.CacheKey, Sets> DECODED = new ConcurrentHashMap<>();

    private HostingFacet() {
    }

    /** The field of a document hosted at {@code centres}; none when there are none. */
    static List<SortedDocValuesField> fields(Collection<LearningCentre> centres) {
        if (centres.isEmpty()) {
            return List.of();
        }
        return List.of(new SortedDocValuesField(OfferingFields.HOSTING_SET, new BytesRef(value(centres))));
    }

    static String value(Collection<LearningCentre> centres) {
        return centres.stream()
                .sorted(Comparator.comparing(LearningCentre::getId))
                .map(c -> c.getId() + ":" + c.getMunicipality().getCode())
                .collect(Collectors.joining(","));
    }

    /** The centre and municipality counts of the documents {@code hits} collected. */
    static final class Counts {
        private long[] centres = new long[0];
        private long[] municipalities = new long[0];

        Counts(FacetsCollector hits) throws IOException {
            for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
                count(segment);
            }
        }

        private void count(FacetsCollector.MatchingDocs segment) throws IOException {
            if (segment.totalHits == 0) {
                return;
            }
            LeafReader reader = segment.context.reader();
            SortedDocValues values = DocValues.getSorted(reader, OfferingFields.HOSTING_SET);
            Sets sets = sets(reader);
            if (sets.centres.length == 0) {
                return;
            }
            int[] perSet = new int[sets.centres.length];
            DocIdSetIterator docs = segment.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (values.advanceExact(doc)) {
                    perSet[values.ordValue()]++;
                }
            }
            for (int set = 0; set < perSet.length; set++) {
                if (perSet[set] > 0) {
                    centres = add(centres, sets.centres[set], perSet[set]);
                    municipalities = add(municipalities, sets.municipalities[set], perSet[set]);
                }
            }
        }

        private static long[] add(long[] counts, int[] numbers, int count) {
            for (int number : numbers) {
                if (number >= counts.length) {
                    counts = java.util.Arrays.copyOf(counts, Math.max(number + 1, counts.length * 2));
                }
                counts[number] += count;
            }
            return counts;
        }

        /** By count, ties by value (as Lucene orders the other facets), at most {@code limit}. */
        Map<String, Long> centres(int limit) {
            return ordered(centres, CENTRES, limit);
        }

        Map<String, Long> municipalities(int limit) {
            return ordered(municipalities, MUNICIPALITIES, limit);
        }

        private static Map<String, Long> ordered(long[] counts, Dictionary names, int limit) {
            List<Map.Entry<String, Long>> entries = new ArrayList<>();
            for (int number = 0; number < counts.length; number++) {
                if (counts[number] > 0) {
                    entries.add(Map.entry(names.name(number), counts[number]));
                }
            }
            Map<String, Long> ordered = new LinkedHashMap<>();
            entries.stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            return ordered;
        }
    }

    /** A segment's sets by ordinal: the numbers of their centres and of their (distinct) municipalities. */
    private record Sets(int[][] centres, int[][] municipalities) {
    }

    private static Sets sets(LeafReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        if (cache == null) {
            return decode(reader);
        }
        Sets sets = DECODED.get(cache.getKey());
        if (sets == null) {
            sets = decode(reader);
            if (DECODED.putIfAbsent(cache.getKey(), sets) == null) {
                cache.addClosedListener(DECODED::remove);
            }
        }
        return sets;
    }

    private static Sets decode(LeafReader reader) throws IOException {
        SortedDocValues values = DocValues.getSorted(reader, OfferingFields.HOSTING_SET);
        int count = values.getValueCount();
        int[][] centres = new int[count][];
        int[][] municipalities = new int[count][];
        for (int ord = 0; ord < count; ord++) {
            String[] pairs = values.lookupOrd(ord).utf8ToString().split(",");
            centres[ord] = new int[pairs.length];
            Set<Integer> distinct = new LinkedHashSet<>();
            for (int i = 0; i < pairs.length; i++) {
                int colon = pairs[i].indexOf(':');
                centres[ord][i] = CENTRES.number(pairs[i].substring(0, colon));
                distinct.add(MUNICIPALITIES.number(pairs[i].substring(colon + 1)));
            }
            municipalities[ord] = distinct.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Sets(centres, municipalities);
    }

    /** Numbers for names, stable for the life of the application. */
    private static final class Dictionary {
        private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
        private final List<String> names = new ArrayList<>();

        int number(String name) {
            Integer known = numbers.get(name);
            if (known != null) {
                return known;
            }
            synchronized (this) {
                return numbers.computeIfAbsent(name, n -> {
                    names.add(n);
                    return names.size() - 1;
                });
            }
        }

        synchronized String name(int number) {
            return names.get(number);
        }
    }
}
