package se.larcentra.search.control;

import static se.larcentra.search.control.OfferingFields.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.search.boundary.SearchOrder;
import se.larcentra.search.boundary.SearchRequest;
import se.larcentra.search.boundary.SearchResult;

/**
 * Runs one search on one searcher: drill-sideways facet counts (see {@link FacetedCollection}), the
 * page of hits with exact total, snippets, distances and a spelling suggestion when little was found.
 */
public final class OfferingSearcher {

    /** With fewer hits than this, the response suggests a better spelling if it knows one. */
    static final int FEW_HITS = 3;
    private static final int FACET_VALUES = 200;
    private static final int SNIPPET_LENGTH = 220;

    private final OfferingQueries queries;
    private final SearchAnalyzers analyzers;

    public OfferingSearcher(SearchAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.queries = new OfferingQueries(analyzers);
    }

    public SearchResult search(IndexGeneration.FacetedSearcher searcher, SearchRequest request, LocalDate today)
            throws IOException {
        Matches matches = find(searcher, request, today, false);
        // Exact words first; only when they find little, forgive a typo (fuzzy terms are costly).
        boolean forgiving = matches.total() < FEW_HITS && queries.hasForgivableWords(request.text());
        if (forgiving) {
            matches = find(searcher, request, today, true);
        }
        TopFieldDocs hits = matches.hits();
        Map<String, Map<String, Long>> facets = matches.facets();
        long total = hits.totalHits.value;
        ScoreDoc[] page = Arrays.copyOfRange(hits.scoreDocs, Math.min(hits.scoreDocs.length, request.page() * request.size()),
                hits.scoreDocs.length);
        // Each shown offering is read once, for what the hit shows and for its snippet.
        Map<Integer, ShownOffering> shown = ShownOffering.read(searcher.getIndexReader(),
                Arrays.stream(page).mapToInt(hit -> hit.doc).toArray());
        String[] snippets = snippets(searcher, request, new TopDocs(hits.totalHits, page), shown);
        List<SearchResult.Hit> items = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            items.add(hit(shown.get(page[i].doc), request, snippets[i]));
        }
        Optional<String> didYouMean = total < FEW_HITS && !request.text().isEmpty()
                ? didYouMean(searcher, request.text())
                : Optional.empty();
        return new SearchResult(total, request.page(), request.size(), items, facets, didYouMean);
    }

    private record Matches(TopFieldDocs hits, Map<String, Map<String, Long>> facets) {
        long total() {
            return hits.totalHits.value;
        }
    }

    private Matches find(IndexGeneration.FacetedSearcher searcher, SearchRequest request, LocalDate today,
            boolean forgiving) throws IOException {
        int wanted = (request.page() + 1) * request.size();
        var ranking = new TopFieldCollectorManager(sort(request.effectiveOrder(), request), wanted, null, Integer.MAX_VALUE);
        var faceted = new FacetedCollection(searcher.getIndexReader(), request.filters());
        Query query = faceted.restrict(queries.baseQuery(request, today, forgiving));
        TopFieldDocs hits = searcher.search(query, faceted.collectorManager(ranking));
        return new Matches(hits, faceted.counts(FACETS, FACET_VALUES));
    }

    private static Sort sort(SearchOrder order, SearchRequest request) {
        SortField start = new SortField(START_DAY, SortField.Type.LONG);
        SortField id = new SortField(ID_SORT, SortField.Type.LONG);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, start, id);
            case START -> new Sort(start, id);
            case DISTANCE -> {
                GeoPoint near = request.near().orElseThrow();
                yield new Sort(NearestPointSort.sortField(near), start, id);
            }
        };
    }

    /**
     * Snippets mark the exact words only: with fuzzy terms in the query the highlighter analyses
     * every shown text again, ten times the cost of the search, to mark a typo's neighbours.
     */
    private String[] snippets(IndexGeneration.FacetedSearcher searcher, SearchRequest request, TopDocs page,
            Map<Integer, ShownOffering> shown) throws IOException {
        Query text = queries.textQuery(request.text(), false);
        String field = request.language().equals("en") ? DESCRIPTION_EN : DESCRIPTION_SV;
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzers.indexing())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(10_000)
                // Word by word: weight matches (whole phrases marked as one) cost a third of a search
                // in time and most of its garbage.
                .withWeightMatches(false)
                .withScorer(PASSAGE_SCORER)
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(
                        java.util.Locale.forLanguageTag(request.language())));
        FieldInfos fields = searcher.fieldInfos;
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected FieldInfo getFieldInfo(String field) {
                return fields.fieldInfo(field);
            }

            /** The texts from the offerings read already (nothing is stored in the index). */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    ShownOffering offering = shown.get(doc);
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        row[f] = offering == null ? null : offering.text(fields[f]);
                    }
                    values.add(row);
                }
                return values;
            }
        };
        String[] snippets = highlighter.highlight(field, text, page, 1);
        if (request.language().equals("en")) {
            // Courses without an English description: fall back to the Swedish one.
            String[] swedish = null;
            for (int i = 0; i < snippets.length; i++) {
                if (snippets[i] == null) {
                    if (swedish == null) {
                        swedish = highlighter.highlight(DESCRIPTION_SV, text, page, 1);
                    }
                    snippets[i] = swedish[i];
                }
            }
        }
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = shorten(snippets[i] == null ? "" : snippets[i]);
        }
        return snippets;
    }

    /**
     * Lucene's passage scoring, without the hash of terms it builds for every passage (a 32 KB
     * block each, most of the highlighter's garbage); a passage's matches are few, so a scan finds
     * the repeated terms as well.
     */
    static final PassageScorer PASSAGE_SCORER = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            double score = 0; // summed in double, as Lucene's scorer does
            for (int i = 0; i < matches; i++) {
                int first = 0;
                while (!terms[first].bytesEquals(terms[i])) {
                    first++;
                }
                if (first < i) {
                    continue; // counted with its first occurrence
                }
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) {
                    if (terms[j].bytesEquals(terms[i])) {
                        inPassage++;
                    }
                }
                score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    };

    /** Keeps a snippet short without cutting a mark or an escape in two. */
    private static String shorten(String snippet) {
        if (snippet.length() <= SNIPPET_LENGTH) {
            return snippet;
        }
        int cut = snippet.lastIndexOf(' ', SNIPPET_LENGTH);
        if (cut < SNIPPET_LENGTH / 2) {
            return snippet;
        }
        String head = snippet.substring(0, cut);
        if (head.lastIndexOf("<mark>") > head.lastIndexOf("</mark>") || head.lastIndexOf('&') > head.lastIndexOf(';')) {
            return snippet;
        }
        return head + " …";
    }

    private static SearchResult.Hit hit(ShownOffering offering, SearchRequest request, String snippet) {
        Optional<Integer> places = Optional.ofNullable(offering.places());
        boolean english = request.language().equals("en") && offering.titleEn() != null;
        Optional<Double> distance = request.near().flatMap(near -> nearestKm(near, offering.centrePoints()))
                .map(d -> Math.round(d * 10) / 10.0);
        return new SearchResult.Hit(offering.id(), english ? offering.titleEn() : offering.titleSv(),
                english ? "en" : "sv", offering.providerId(), offering.providerName(), offering.startDate(),
                offering.endDate(), offering.pace(), offering.mode(), offering.instructionLanguage(), distance, snippet,
                places, places.map(p -> Math.max(0, p - offering.admitted())), offering.waitlist());
    }

    /** The distance to the nearest of the points (latitude, longitude, latitude…); empty without points. */
    private static Optional<Double> nearestKm(GeoPoint from, double[] points) {
        double nearest = Double.NaN;
        for (int i = 0; i + 1 < points.length; i += 2) {
            double km = from.distanceKm(new GeoPoint(points[i], points[i + 1]));
            if (Double.isNaN(nearest) || km < nearest) {
                nearest = km;
            }
        }
        return Double.isNaN(nearest) ? Optional.empty() : Optional.of(nearest);
    }

    /** The text with each word the titles do not contain replaced by the closest word they do. */
    private Optional<String> didYouMean(IndexGeneration.FacetedSearcher searcher, String text) throws IOException {
        DirectSpellChecker spellChecker = new DirectSpellChecker();
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : queries.words(text)) {
            String replacement = word;
            if (word.length() >= 3 && searcher.getIndexReader().docFreq(new Term(SPELL, word)) == 0) {
                SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(SPELL, word), 1,
                        searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            corrected.add(replacement);
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }
}
