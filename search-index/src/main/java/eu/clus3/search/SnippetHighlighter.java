package eu.clus3.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;

/**
 * Marks the matched words: the whole title, and up to two passages of about 160 characters from the
 * body (its first sentences when no word of the body matched). Offsets come from the postings, so
 * nothing is re-analysed; text is HTML-escaped around the {@code <mark>} tags.
 */
final class SnippetHighlighter {

    static final String[] FIELDS = {Schema.TITLE_EN, Schema.TITLE_IT, Schema.BODY_EN, Schema.BODY_IT};
    private static final int[] PASSAGES = {1, 1, 2, 2};

    private final UnifiedHighlighter highlighter;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000);
        this.highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                if (field.startsWith("title")) {
                    return new WholeBreakIterator();
                }
                return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), 160, 0.5f);
            }
        };
    }

    /** Per field, one highlighted string per document (null where the document lacks the field). */
    Map<String, String[]> highlight(Query query, int[] docIds) throws IOException {
        return highlighter.highlightFields(FIELDS, query, docIds, PASSAGES);
    }
}
