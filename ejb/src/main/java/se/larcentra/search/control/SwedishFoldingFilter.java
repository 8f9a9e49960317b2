package se.larcentra.search.control;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds accents the way a Swedish reader expects, on lower-cased tokens: å, ä and ö are letters of
 * their own and stay; é, è, ü and other accented letters lose the accent; the Danish and Norwegian
 * æ and ø are the Swedish ä and ö.
 */
public final class SwedishFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SwedishFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] > 0x7f && fold(buffer[i]) != buffer[i]) {
                String folded = fold(term.toString(), length);
                term.setEmpty().append(folded);
                return true;
            }
        }
        return true;
    }

    private static String fold(String text, int length) {
        StringBuilder folded = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    /** The folded form of one lower-case letter. */
    static char fold(char c) {
        if (c <= 0x7f || c == 'å' || c == 'ä' || c == 'ö') {
            return c;
        }
        if (c == 'æ') {
            return 'ä';
        }
        if (c == 'ø') {
            return 'ö';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return decomposed.length() > 1 && Character.isLetter(base) ? base : c;
    }
}
