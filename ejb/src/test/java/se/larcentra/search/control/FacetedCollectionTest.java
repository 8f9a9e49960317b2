package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facet counts and hits of {@link FacetedCollection} against Lucene's own drill-sideways, on a
 * random index of several segments with deleted documents: single-valued dimensions with common and
 * rare values, a multi-valued one, and random combinations of filters.
 */
class FacetedCollectionTest {

    private static final List<String> DIMS = List.of("type", "provider", "centre", "month");
    private static final FacetsConfig CONFIG = new FacetsConfig();
    private static final Sort BY_ID = new Sort(new SortField("id", SortField.Type.LONG));

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        CONFIG.setMultiValued("centre", true);
        directory = new ByteBuffersDirectory();
        Random random = new Random(42);
        // No merges and small flushes: several segments, as a live index has.
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE).setMaxBufferedDocs(700);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int id = 0; id < 3000; id++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
                doc.add(new NumericDocValuesField("id", id));
                doc.add(new StringField("word", random.nextInt(3) == 0 ? "common" : "other", Field.Store.NO));
                if (random.nextInt(4) > 0) {
                    doc.add(new StringField("word", "frequent", Field.Store.NO));
                }
                if (random.nextInt(50) == 0) { // few hits: counted through the documents' rows
                    doc.add(new StringField("word", "rare", Field.Store.NO));
                }
                doc.add(new SortedSetDocValuesFacetField("type", "T" + random.nextInt(4)));
                // A long tail: a few providers are common, most are rare (kept as arrays, not bit sets).
                int provider = random.nextInt(10) < 7 ? random.nextInt(5) : 5 + random.nextInt(200);
                doc.add(new SortedSetDocValuesFacetField("provider", "P" + provider));
                int centres = random.nextInt(5) == 0 ? 21 : 1 + random.nextInt(4);
                for (int c : random.ints(0, 21).distinct().limit(centres).toArray()) {
                    doc.add(new SortedSetDocValuesFacetField("centre", "C" + c));
                }
                if (random.nextInt(10) > 0) { // some documents have no month
                    doc.add(new SortedSetDocValuesFacetField("month", "2027-0" + (1 + random.nextInt(9))));
                }
                writer.addDocument(CONFIG.build(doc));
            }
            for (int id = 0; id < 3000; id += 17) {
                writer.deleteDocuments(new Term("id", Integer.toString(id)));
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
        assertThat(reader.numDeletedDocs()).isPositive();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void withoutFiltersCountsEveryDimensionAmongTheHits() throws IOException {
        assertSameAsDrillSideways(new TermQuery(new Term("word", "common")), Map.of());
        assertSameAsDrillSideways(new MatchAllDocsQuery(), Map.of());
        assertSameAsDrillSideways(new TermQuery(new Term("word", "rare")), Map.of());
    }

    @Test
    void aFilteredDimensionIsCountedAmongTheMatchesOfTheOtherFilters() throws IOException {
        assertSameAsDrillSideways(new TermQuery(new Term("word", "frequent")), filters("type", "T1"));
        assertSameAsDrillSideways(new TermQuery(new Term("word", "frequent")), filters("centre", "C3", "centre", "C7"));
        assertSameAsDrillSideways(new MatchAllDocsQuery(), filters("type", "T0", "centre", "C5", "month", "2027-03"));
        assertSameAsDrillSideways(new TermQuery(new Term("word", "common")),
                filters("provider", "P1", "provider", "P150", "type", "T2", "type", "T3", "centre", "C0"));
    }

    @Test
    void aValueNoDocumentHasFindsNothingButStillCountsTheOtherValues() throws IOException {
        assertSameAsDrillSideways(new MatchAllDocsQuery(), filters("provider", "nobody"));
        assertSameAsDrillSideways(new MatchAllDocsQuery(), filters("provider", "nobody", "type", "T1"));
    }

    @Test
    void randomFilterCombinations() throws IOException {
        Random random = new Random(7);
        List<String[]> choices = List.of(new String[] {"type", "T"}, new String[] {"provider", "P"},
                new String[] {"centre", "C"}, new String[] {"month", "2027-0"});
        for (int round = 0; round < 40; round++) {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            for (String[] choice : choices) {
                if (random.nextInt(3) == 0) {
                    List<String> values = new ArrayList<>();
                    for (int v = 0, n = 1 + random.nextInt(3); v < n; v++) {
                        int value = choice[0].equals("month") ? 1 + random.nextInt(9)
                                : choice[0].equals("provider") ? random.nextInt(30) : random.nextInt(21);
                        values.add(choice[1] + value);
                    }
                    filters.put(choice[0], values);
                }
            }
            Query query = switch (random.nextInt(3)) {
                case 0 -> new MatchAllDocsQuery();
                case 1 -> new TermQuery(new Term("word", "frequent"));
                default -> new TermQuery(new Term("word", "rare"));
            };
            assertSameAsDrillSideways(query, filters);
        }
    }

    private static Map<String, List<String>> filters(String... dimsAndValues) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (int i = 0; i < dimsAndValues.length; i += 2) {
            filters.computeIfAbsent(dimsAndValues[i], d -> new ArrayList<>()).add(dimsAndValues[i + 1]);
        }
        return filters;
    }

    private static void assertSameAsDrillSideways(Query query, Map<String, List<String>> filters) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);

        DrillDownQuery drillDown = new DrillDownQuery(CONFIG, query);
        filters.forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
        var expected = new DrillSideways(searcher, CONFIG, new DefaultSortedSetDocValuesReaderState(reader, CONFIG))
                .search(drillDown, new TopFieldCollectorManager(BY_ID, 50, null, Integer.MAX_VALUE));
        Map<String, Map<String, Long>> expectedCounts = new LinkedHashMap<>();
        for (String dim : DIMS) {
            FacetResult result = expected.facets.getTopChildren(1000, dim);
            Map<String, Long> values = new LinkedHashMap<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.put(value.label, value.value.longValue());
                }
            }
            expectedCounts.put(dim, values);
        }

        FacetedCollection faceted = new FacetedCollection(reader, filters);
        TopFieldDocs hits = searcher.search(faceted.restrict(query),
                faceted.collectorManager(new TopFieldCollectorManager(BY_ID, 50, null, Integer.MAX_VALUE)));
        Map<String, Map<String, Long>> counts = faceted.counts(DIMS, 1000);

        String what = query + " " + filters;
        assertThat(hits.totalHits.value).as(what).isEqualTo(expected.collectorResult.totalHits.value);
        assertThat(docs(hits.scoreDocs)).as(what).isEqualTo(docs(expected.collectorResult.scoreDocs));
        // Same values, same counts, same order (most frequent first, equal counts by label).
        assertThat(counts).as(what).isEqualTo(expectedCounts);
        counts.forEach((dim, values) -> assertThat(List.copyOf(values.keySet())).as(what + " " + dim)
                .isEqualTo(List.copyOf(expectedCounts.get(dim).keySet())));
    }

    private static List<Integer> docs(ScoreDoc[] hits) {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            docs.add(hit.doc);
        }
        return docs;
    }
}
