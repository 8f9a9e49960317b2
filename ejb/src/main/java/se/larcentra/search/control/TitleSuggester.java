package se.larcentra.search.control;

import static se.larcentra.search.control.OfferingFields.SHOWN;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions for the search box: course titles and subject labels in the asked language, matching
 * the start of any word ("sjukskö" → "Sjuksköterskans profession"), the most offered first. Built in
 * memory from the index; a few milliseconds per lookup.
 */
final class TitleSuggester implements AutoCloseable {

    private static final Properties SUBJECT_LABELS = subjectLabels();
    private static final long SUBJECT_WEIGHT = 1_000_000;

    private final AnalyzingInfixSuggester suggester;

    private TitleSuggester(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    static TitleSuggester build(IndexReader reader) throws IOException {
        Map<String, Map<String, Long>> weights = Map.of("sv", new HashMap<>(), "en", new HashMap<>());
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues shown = leaf.reader().getBinaryDocValues(SHOWN);
            if (shown == null) {
                continue;
            }
            // Deleted documents only inflate a weight until the next merge; good enough for ordering.
            while (shown.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                String[] titles = ShownOffering.decodeTitles(shown.binaryValue());
                String swedish = titles[0];
                String english = titles[1];
                if (swedish != null) {
                    weights.get("sv").merge(swedish, 1L, Long::sum);
                }
                if (english != null || swedish != null) {
                    weights.get("en").merge(english != null ? english : swedish, 1L, Long::sum);
                }
            }
        }
        SUBJECT_LABELS.forEach((key, label) -> {
            String language = key.toString().substring(key.toString().length() - 2);
            weights.get(language).merge(label.toString(), SUBJECT_WEIGHT, Long::sum);
        });
        var analyzer = SearchAnalyzers.shared().plain();
        var suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, 1, false, true, false);
        suggester.build(new Entries(weights));
        return new TitleSuggester(suggester);
    }

    List<String> suggest(String prefix, String language, int count) throws IOException {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        List<Lookup.LookupResult> results = suggester.lookup(prefix, Set.of(new BytesRef(language)), count, true, false);
        return results.stream().map(result -> result.key.toString()).toList();
    }

    @Override
    public void close() {
        try {
            suggester.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties subjectLabels() {
        Properties labels = new Properties();
        try (InputStream in = TitleSuggester.class.getResourceAsStream("subject-labels.properties")) {
            if (in != null) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    /** (text, weight, language) entries for the suggester. */
    private static final class Entries implements InputIterator {
        private final Iterator<Map.Entry<String, Map.Entry<String, Long>>> entries;
        private Map.Entry<String, Map.Entry<String, Long>> current;

        Entries(Map<String, Map<String, Long>> weights) {
            entries = weights.entrySet().stream()
                    .flatMap(language -> language.getValue().entrySet().stream()
                            .map(title -> Map.entry(language.getKey(), title)))
                    .iterator();
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            current = entries.next();
            return new BytesRef(current.getValue().getKey());
        }

        @Override
        public long weight() {
            return current.getValue().getValue();
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return Set.of(new BytesRef(current.getKey()));
        }

        @Override
        public boolean hasContexts() {
            return true;
        }
    }
}
