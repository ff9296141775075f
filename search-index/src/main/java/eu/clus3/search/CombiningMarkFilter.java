package eu.clus3.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Removes combining marks and invisible format characters from a token ("e\u0301" becomes "e", zalgo
 * text becomes its letters, a stray right-to-left mark disappears), so that ASCII folding that follows
 * sees plain letters. Offsets are untouched, so highlighting still marks the original text.
 */
final class CombiningMarkFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CombiningMarkFilter(TokenStream input) {
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
            if (isMarkOrFormat(buffer[i])) {
                strip();
                break;
            }
        }
        return true;
    }

    private void strip() {
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isMarkOrFormat(c)) {
                kept.append(c);
            }
        }
        String result = Normalizer.normalize(kept, Normalizer.Form.NFC);
        term.setEmpty().append(result.isEmpty() ? "_" : result);
    }

    static boolean isMarkOrFormat(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }
}
