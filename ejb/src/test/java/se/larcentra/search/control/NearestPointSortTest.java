package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import se.larcentra.centre.entity.GeoPoint;

/** The nearest-point sort against Lucene's own distance sort, on a random index of several segments. */
class NearestPointSortTest {

    @Test
    void sortsAsLucenesDistanceSortDoesWithTheSameDistances() throws Exception {
        Random random = new Random(7);
        double[][] centres = new double[21][];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = new double[] {59 + random.nextDouble() * 2, 12 + random.nextDouble() * 2.5};
        }
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory,
                        new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int doc = 0; doc < 3_000; doc++) {
                Document document = new Document();
                document.add(new StringField(OfferingFields.ID, Integer.toString(doc), Field.Store.NO));
                document.add(new NumericDocValuesField(OfferingFields.ID_SORT, doc));
                int points = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 2 : 21);
                for (int p = 0; p < points; p++) {
                    double[] centre = centres[random.nextInt(centres.length)];
                    document.add(new LatLonDocValuesField(OfferingFields.LOCATION_SORT, centre[0], centre[1]));
                }
                writer.addDocument(document);
                if (doc % 1_000 == 999) {
                    writer.commit(); // a segment each
                }
            }
            for (int doc = 0; doc < 3_000; doc += 17) {
                writer.deleteDocuments(new Term(OfferingFields.ID, Integer.toString(doc)));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (GeoPoint from : new GeoPoint[] {new GeoPoint(60.0, 13.0), new GeoPoint(59.38, 13.50), new GeoPoint(61.5, 11.0)}) {
                    SortField id = new SortField(OfferingFields.ID_SORT, SortField.Type.LONG);
                    TopFieldDocs ours = searcher.search(new MatchAllDocsQuery(), 500,
                            new Sort(NearestPointSort.sortField(from), id));
                    TopFieldDocs lucenes = searcher.search(new MatchAllDocsQuery(), 500, new Sort(
                            LatLonDocValuesField.newDistanceSort(OfferingFields.LOCATION_SORT, from.latitude(), from.longitude()), id));
                    assertThat(ours.totalHits.value).isEqualTo(lucenes.totalHits.value);
                    assertThat(docs(ours.scoreDocs)).as("order from %s", from).containsExactly(docs(lucenes.scoreDocs));
                    for (int i = 0; i < ours.scoreDocs.length; i++) {
                        double km = (Double) ((FieldDoc) ours.scoreDocs[i]).fields[0];
                        double luceneKm = (Double) ((FieldDoc) lucenes.scoreDocs[i]).fields[0] / 1000;
                        if (Double.isInfinite(luceneKm)) {
                            assertThat(km).isInfinite();
                        } else {
                            assertThat(km).isCloseTo(luceneKm, within(0.01));
                        }
                    }
                }
            }
        }
    }

    private static Integer[] docs(ScoreDoc[] hits) {
        return Arrays.stream(hits).map(hit -> hit.doc).toArray(Integer[]::new);
    }
}
