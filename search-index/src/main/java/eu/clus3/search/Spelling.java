package eu.clus3.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words close to the typed ones, from the index's unstemmed word list. The list covers every
 * document, visible or not, so a candidate is never shown as such: callers use candidates only inside a
 * query that carries the visibility filter, and offer a correction only when it finds visible documents.
 */
final class Spelling {

    static final int MAX_CORRECTED_TERMS = 8;
    static final int CANDIDATES_PER_WORD = 3;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Analyzer words;

    Spelling(Analyzer words) {
        this.words = words;
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
        checker.setAccuracy(0.6f);
        // never let the frequency of a word (which hidden documents add to) decide whether to look
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
    }

    /** For each plain, non-excluded single-word term: similar words from the index, best first. */
    Map<Integer, List<String>> similarWords(IndexReader reader, UserQuery query) throws IOException {
        Map<Integer, List<String>> similar = new LinkedHashMap<>();
        List<UserQuery.Term> terms = query.terms();
        for (int i = 0; i < terms.size() && similar.size() < MAX_CORRECTED_TERMS; i++) {
            UserQuery.Term term = terms.get(i);
            if (term.phrase() || term.excluded()) {
                continue;
            }
            List<String> tokens = Analysis.tokens(words, Schema.WORDS, term.text());
            if (tokens.size() != 1 || tokens.get(0).length() < 4) {
                continue;
            }
            String token = tokens.get(0);
            List<String> candidates = new ArrayList<>();
            for (SuggestWord word : checker.suggestSimilar(new Term(Schema.WORDS, token), CANDIDATES_PER_WORD,
                    reader, SuggestMode.SUGGEST_ALWAYS)) {
                if (!word.string.equals(token)) {
                    candidates.add(word.string);
                }
            }
            if (!candidates.isEmpty()) {
                similar.put(i, candidates);
            }
        }
        return similar;
    }
}
