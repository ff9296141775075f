package eu.clus3.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The analysis chains. Every chain lower-cases and folds accents (combining marks stripped, then ASCII
 * folding), so "perché", "perche'" and "PERCHE" meet; the language chains add stop words and stemming.
 * Stop sets are folded too, because folding runs before the stop filter.
 */
final class Analysis {

    static final int SUGGEST_MIN_GRAM = 2;
    static final int SUGGEST_MAX_GRAM = 20;

    /** Articles elided before an apostrophe in Italian (l'analisi, dell'innovazione). */
    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(Arrays.asList(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
            "negl", "sugl", "un", "m", "t", "s", "v", "d", "quest", "quell", "nessun", "buon"), true);

    private static final CharArraySet ENGLISH_STOP = folded(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    private static final CharArraySet ITALIAN_STOP = folded(ItalianAnalyzer.getDefaultStopSet());

    private Analysis() {
    }

    /** English: possessives, stop words, Porter stemming. */
    static Analyzer english() {
        return chain(source -> new PorterStemFilter(new StopFilter(
                folding(new EnglishPossessiveFilter(source)), ENGLISH_STOP)));
    }

    /** Italian: elision, stop words, light stemming. */
    static Analyzer italian() {
        return chain(source -> new ItalianLightStemFilter(new StopFilter(
                folding(new ElisionFilter(source, ITALIAN_ARTICLES)), ITALIAN_STOP)));
    }

    /** Language-neutral words, neither stemmed nor stopped: spelling, typo tolerance, fallback. */
    static Analyzer words() {
        return chain(source -> folding(new ElisionFilter(source, ITALIAN_ARTICLES)));
    }

    /** Edge n-grams of every word (2 to 20 letters, the whole word kept): search-as-you-type. */
    static Analyzer suggestIndex() {
        return chain(source -> new EdgeNGramTokenFilter(folding(new ElisionFilter(source, ITALIAN_ARTICLES)),
                SUGGEST_MIN_GRAM, SUGGEST_MAX_GRAM, true));
    }

    /** The analyzer a writer uses: each field with its chain. */
    static Analyzer perField() {
        Analyzer english = english();
        Analyzer italian = italian();
        return new PerFieldAnalyzerWrapper(words(), Map.of(
                Schema.TITLE_EN, english, Schema.BODY_EN, english, Schema.TEXT_EN, english,
                Schema.TITLE_IT, italian, Schema.BODY_IT, italian, Schema.TEXT_IT, italian,
                Schema.SUGGEST, suggestIndex()));
    }

    /** Lower-cases and folds a whole value (tags, facet values, handles) the way filters compare them. */
    static String foldKeyword(String value) {
        if (value == null) {
            return "";
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!CombiningMarkFilter.isMarkOrFormat(c)) {
                kept.append(c);
            }
        }
        char[] input = kept.toString().toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    /** The tokens an analyzer makes of a text (used for the suggestion prefixes and in tests). */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tokens;
    }

    private static TokenStream folding(TokenStream in) {
        return new ASCIIFoldingFilter(new CombiningMarkFilter(new LowerCaseFilter(in)));
    }

    private static Analyzer chain(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                source.setMaxTokenLength(64);
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folding(in);
            }
        };
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet set = new CharArraySet(words.size() * 2, true);
        for (Object word : words) {
            String text = new String((char[]) word);
            set.add(text);
            set.add(foldKeyword(text));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
