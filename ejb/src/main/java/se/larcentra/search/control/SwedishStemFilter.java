package se.larcentra.search.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Reduces Swedish words to their base forms with the Hunspell dictionary, which knows irregular
 * plurals and genitives ({@code sjuksköterskans} and {@code sjuksköterskor} are both
 * {@code sjuksköterska}, {@code kurser} is {@code kurs}) where an algorithmic stemmer cuts words
 * apart ({@code kurs} becomes {@code kur}). Lucene's light Swedish stemmer adds its stem, which
 * also covers words the dictionary does not know, such as names. Where a word has several stems
 * all are kept, at one position, so a query matches any of them.
 */
public final class SwedishStemFilter extends TokenFilter {

    private static final int CACHE_SIZE = 20_000;

    private final Hunspell hunspell;
    private final SwedishLightStemmer lightStemmer = new SwedishLightStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pendingStems = new ArrayDeque<>();
    private AttributeSource.State current;
    /** Text repeats words a lot; one analysis chain (one thread) remembers the stems it found. */
    private final Map<String, List<String>> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public SwedishStemFilter(TokenStream input, Hunspell hunspell) {
        super(input);
        this.hunspell = hunspell;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingStems.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pendingStems.poll());
            positionIncrement.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() < 3 || !Character.isLetter(term.charAt(0))) {
            return true;
        }
        List<String> stems = cache.computeIfAbsent(term.toString(), this::stems);
        term.setEmpty().append(stems.get(0));
        if (stems.size() > 1) {
            pendingStems.addAll(stems.subList(1, stems.size()));
            current = captureState();
        }
        return true;
    }

    /**
     * The dictionary's base forms and the light stemmer's stem. Both, because the dictionary treats
     * {@code svenska} (the language) and {@code svensk} (the adjective) as different words, while a
     * searcher for {@code svenska} also wants {@code svenskspråkig}, whose first part is {@code svensk}.
     */
    private List<String> stems(String word) {
        Set<String> unique = new LinkedHashSet<>();
        for (String root : hunspell.getRoots(word)) {
            unique.add(root.toLowerCase(Locale.ROOT));
        }
        char[] chars = word.toCharArray();
        unique.add(new String(chars, 0, lightStemmer.stem(chars, chars.length)));
        return List.copyOf(unique);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingStems.clear();
        current = null;
    }
}
