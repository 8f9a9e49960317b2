package se.larcentra.search.control;

import static se.larcentra.search.control.OfferingFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import se.larcentra.search.boundary.SearchRequest;

/**
 * Builds Lucene queries from a {@link SearchRequest}. User text is never parsed as query syntax:
 * quotes make phrases, everything else is words, so no input can make a query fail.
 *
 * <p>Every word must match somewhere (title, subject, provider, place, description, compound parts,
 * course code), a title match weighing most; a word of five letters or more can also match titles
 * one typo away. Stop words are left out.
 */
public final class OfferingQueries {

    /** More words than this add nothing a searcher means, and would only slow the query down. */
    static final int MAX_WORDS = 24;
    static final int FUZZY_MIN_LENGTH = 5;
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");

    private static final Map<String, Float> WORD_FIELDS = Map.of(
            TITLE_SV, 4f, TITLE_EN, 4f, TITLE_PARTS, 1.5f, SUBJECT_TEXT, 2f, PROVIDER_TEXT, 1.5f,
            PLACE_TEXT, 1f, DESCRIPTION_SV, 1f, DESCRIPTION_EN, 1f, DESCRIPTION_PARTS, 0.5f);

    private final SearchAnalyzers analyzers;

    public OfferingQueries(SearchAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The query for the text alone (also what snippets highlight); match-all without text. */
    public Query textQuery(String text) {
        return textQuery(text, false);
    }

    /**
     * The query for the text; with {@code forgiving}, words of five letters or more also match
     * titles one typo away. Typos are looked for only when the exact words found little (see
     * OfferingSearcher): a fuzzy term costs a walk through the terms of a field.
     */
    public Query textQuery(String text, boolean forgiving) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        Matcher phrases = PHRASE.matcher(text);
        while (phrases.find() && clauses < MAX_WORDS) {
            Query phrase = phraseQuery(phrases.group(1));
            if (phrase != null) {
                all.add(phrase, Occur.MUST);
                clauses++;
            }
        }
        for (String word : words(PHRASE.matcher(text).replaceAll(" "))) {
            if (clauses >= MAX_WORDS) {
                break;
            }
            Query wordQuery = wordQuery(word, forgiving);
            if (wordQuery != null) {
                all.add(wordQuery, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchAllDocsQuery() : all.build();
    }

    /** The words of the text as the plain analyzer sees them (lower case, accents folded). */
    public List<String> words(String text) {
        return tokens(analyzers.plain(), SPELL, text);
    }

    /** Whether any word of the text is long enough to be looked for with a typo. */
    public boolean hasForgivableWords(String text) {
        return words(text).stream().anyMatch(OfferingQueries::forgivable);
    }

    private static boolean forgivable(String word) {
        return word.length() >= FUZZY_MIN_LENGTH && word.chars().allMatch(Character::isLetter);
    }

    private Query wordQuery(String word, boolean forgiving) {
        if (isStopWord(word)) {
            return null;
        }
        List<Query> alternatives = new ArrayList<>();
        WORD_FIELDS.forEach((field, boost) -> {
            Query query = new QueryBuilder(analyzers.forQuery(field)).createBooleanQuery(field, word, Occur.MUST);
            if (query != null) {
                alternatives.add(new BoostQuery(query, boost));
            }
        });
        alternatives.add(new BoostQuery(new TermQuery(new Term(CODE, word)), 5f));
        if (forgiving && forgivable(word)) {
            // One typo away, as written (titles) and as stemmed: "sjukskötrska" is one letter from
            // the stem the titles' "sjuksköterskor" and "Sjuksköterskans" share, not from either word.
            alternatives.add(new BoostQuery(new FuzzyQuery(new Term(SPELL, word), 1, 1), 1.5f));
            for (String field : List.of(TITLE_SV, TITLE_EN)) {
                for (String stem : tokens(analyzers.forQuery(field), field, word)) {
                    if (stem.length() >= FUZZY_MIN_LENGTH) {
                        alternatives.add(new BoostQuery(new FuzzyQuery(new Term(field, stem), 1, 1), 1.5f));
                    }
                }
            }
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query phraseQuery(String phrase) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : List.of(TITLE_SV, TITLE_EN, DESCRIPTION_SV, DESCRIPTION_EN)) {
            Query query = new QueryBuilder(analyzers.forQuery(field)).createPhraseQuery(field, phrase);
            if (query != null) {
                alternatives.add(field.startsWith("title") ? new BoostQuery(query, 4f) : query);
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /** A word either language drops as a stop word ("och", "the") would otherwise match nothing. */
    private boolean isStopWord(String word) {
        return tokens(analyzers.swedish(), TITLE_SV, word).isEmpty() || tokens(analyzers.english(), TITLE_EN, word).isEmpty();
    }

    /** Offerings that search covers at all: not cancelled, not finished by {@code today}. */
    public static Query visibleOn(LocalDate today) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CANCELLED, "false")), Occur.FILTER)
                .add(LongPoint.newRangeQuery(END_DAY, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    /** Open for application on {@code today}: not started, and the window open or continuous. */
    public static Query openOn(LocalDate today) {
        long day = today.toEpochDay();
        Query window = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(APPLICATION_OPENS, Long.MIN_VALUE, day), Occur.FILTER)
                .add(LongPoint.newRangeQuery(APPLICATION_CLOSES, day, Long.MAX_VALUE), Occur.FILTER)
                .build();
        Query windowOrContinuous = new BooleanQuery.Builder()
                .add(window, Occur.SHOULD)
                .add(new TermQuery(new Term(APPLICATION_CONTINUOUS, "true")), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(START_DAY, day + 1, Long.MAX_VALUE), Occur.FILTER)
                .add(windowOrContinuous, Occur.FILTER)
                .build();
    }

    /** The whole query but for the facet filters, which drill-sideways adds. */
    public Query baseQuery(SearchRequest request, LocalDate today) {
        return baseQuery(request, today, false);
    }

    public Query baseQuery(SearchRequest request, LocalDate today, boolean forgiving) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(textQuery(request.text(), forgiving), Occur.MUST)
                .add(visibleOn(today), Occur.FILTER);
        if (request.openOnly()) {
            query.add(openOn(today), Occur.FILTER);
        }
        if (request.startFrom().isPresent() || request.startTo().isPresent()) {
            query.add(LongPoint.newRangeQuery(START_DAY,
                    request.startFrom().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                    request.startTo().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)), Occur.FILTER);
        }
        if (request.near().isPresent() && request.radiusKm().isPresent()) {
            var near = request.near().get();
            query.add(LatLonPoint.newDistanceQuery(LOCATION, near.latitude(), near.longitude(),
                    request.radiusKm().get() * 1000), Occur.FILTER);
        }
        return query.build();
    }

    /** The terms an analyzer makes of a text for a field. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
