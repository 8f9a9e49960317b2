package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Centre and municipality counts from the hosting sets, in an index of two segments. */
class HostingFacetTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeEach
    void index() throws Exception {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            // Every centre (a distance course) ×2, Torsby's two centres, one Arvika centre, and no centre.
            add(writer, "distance", "3:1737,5:1737,9:1784,12:1780");
            add(writer, "distance", "3:1737,5:1737,9:1784,12:1780");
            add(writer, "torsby", "3:1737,5:1737");
            writer.commit(); // a second segment, whose ordinals differ
            add(writer, "distance", "3:1737,5:1737,9:1784,12:1780");
            add(writer, "arvika", "9:1784");
            add(writer, "arvika", "9:1784");
            add(writer, "nowhere", null);
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSize(2);
    }

    private static void add(IndexWriter writer, String kind, String set) throws Exception {
        Document doc = new Document();
        doc.add(new StringField("kind", kind, Field.Store.NO));
        if (set != null) {
            doc.add(new SortedDocValuesField(OfferingFields.HOSTING_SET, new BytesRef(set)));
        }
        writer.addDocument(doc);
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        directory.close();
    }

    private HostingFacet.Counts counts(Query query) throws Exception {
        FacetsCollector hits = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
        return new HostingFacet.Counts(hits);
    }

    @Test
    void eachCentreCountsTheDocumentsWhoseSetHoldsItMostFirst() throws Exception {
        assertThat(counts(new MatchAllDocsQuery()).centres(200)).containsExactly(
                Map.entry("9", 5L), Map.entry("3", 4L), Map.entry("5", 4L), Map.entry("12", 3L));
    }

    @Test
    void aMunicipalityCountsADocumentOnceHoweverManyOfItsCentresHostIt() throws Exception {
        assertThat(counts(new MatchAllDocsQuery()).municipalities(200)).containsExactly(
                Map.entry("1784", 5L), Map.entry("1737", 4L), Map.entry("1780", 3L));
    }

    @Test
    void onlyTheMatchingDocumentsCountUpToTheLimit() throws Exception {
        assertThat(counts(new TermQuery(new Term("kind", "torsby"))).centres(200)).containsExactly(Map.entry("3", 1L), Map.entry("5", 1L));
        assertThat(counts(new MatchAllDocsQuery()).centres(2)).containsOnlyKeys("9", "3");
        assertThat(counts(new TermQuery(new Term("kind", "nowhere"))).centres(200)).isEmpty();
    }
}
