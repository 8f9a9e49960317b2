package se.larcentra.search.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The text analysis of the search index. Swedish text: accents folded but å, ä, ö kept (before
 * stemming, so {@code idé} and {@code ide} take one path), Swedish stop words, base forms from the
 * Hunspell dictionary (see {@link SwedishStemFilter}). A second
 * Swedish chain also splits compound words into the dictionary words they contain
 * ({@code språkkurs} → {@code språk}, {@code kurs}); it feeds the {@code *_parts} fields, which
 * weigh less than whole words. English text: possessives, stop words and the KStem stemmer.
 *
 * <p>The dictionary is loaded once (about a second) and shared; analyzers are thread-safe.
 */
public final class SearchAnalyzers {

    private static final String DICTIONARY = "hunspell/sv_SE";
    /** Compound parts shorter than this make too many false matches (ram, ring, kur …). */
    private static final int MIN_PART = 4;
    private static final int MIN_COMPOUND = 7;

    private final Dictionary dictionary;
    private final CharArraySet compoundParts;
    private final Analyzer swedish;
    private final Analyzer swedishParts;
    private final Analyzer english;
    private final Analyzer plain;
    private final Analyzer indexing;

    private static volatile SearchAnalyzers shared;

    public static SearchAnalyzers shared() {
        SearchAnalyzers analyzers = shared;
        if (analyzers == null) {
            synchronized (SearchAnalyzers.class) {
                analyzers = shared;
                if (analyzers == null) {
                    analyzers = new SearchAnalyzers();
                    shared = analyzers;
                }
            }
        }
        return analyzers;
    }

    private SearchAnalyzers() {
        try (InputStream affix = resource(DICTIONARY + ".aff.gz"); InputStream words = resource(DICTIONARY + ".dic.gz")) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "sv", affix, List.of(words), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable Swedish dictionary", e);
        }
        compoundParts = readWordList();
        swedish = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(source), SwedishAnalyzer.getDefaultStopSet());
                stream = new SwedishFoldingFilter(stream);
                return new TokenStreamComponents(source, new SwedishStemFilter(stream, new Hunspell(dictionary)));
            }
        };
        swedishParts = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(source), SwedishAnalyzer.getDefaultStopSet());
                stream = new DictionaryCompoundWordTokenFilter(new SwedishFoldingFilter(stream), compoundParts,
                        MIN_COMPOUND, MIN_PART, 20, false);
                return new TokenStreamComponents(source, new SwedishStemFilter(stream, new Hunspell(dictionary)));
            }
        };
        english = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new SwedishFoldingFilter(new KStemFilter(stream)));
            }
        };
        plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SwedishFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        indexing = new PerFieldAnalyzerWrapper(swedish, Map.of(
                OfferingFields.TITLE_EN, english,
                OfferingFields.DESCRIPTION_EN, english,
                OfferingFields.TITLE_PARTS, swedishParts,
                OfferingFields.DESCRIPTION_PARTS, swedishParts,
                OfferingFields.SPELL, plain));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream stream = SearchAnalyzers.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new GZIPInputStream(stream, 64 * 1024);
    }

    /** The dictionary's lower-case words (not names), as candidate parts of compounds. */
    private static CharArraySet readWordList() {
        CharArraySet parts = new CharArraySet(200_000, false);
        try (var reader = new BufferedReader(new InputStreamReader(resource(DICTIONARY + ".dic.gz"), StandardCharsets.UTF_8))) {
            reader.readLine(); // the entry count
            String line;
            while ((line = reader.readLine()) != null) {
                int slash = line.indexOf('/');
                String word = slash < 0 ? line.strip() : line.substring(0, slash);
                if (word.length() >= MIN_PART && word.chars().allMatch(Character::isLowerCase)) {
                    parts.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** The analyzer to index an offering's document with, chosen by field. */
    public Analyzer indexing() {
        return indexing;
    }

    /** The analyzer for query text searched in a field (compounds are split only when indexing). */
    public Analyzer forQuery(String field) {
        if (field.equals(OfferingFields.SPELL)) {
            return plain;
        }
        return field.endsWith("_en") ? english : swedish;
    }

    /** Words as written, lower case and folded: for spelling suggestions and autocomplete. */
    public Analyzer plain() {
        return plain;
    }

    public Analyzer swedish() {
        return swedish;
    }

    public Analyzer english() {
        return english;
    }
}
