package eu.clus3.core.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of search results for one viewer: every hit, count, facet value and snippet comes from things
 * that viewer may read. Snippets and highlighted titles are HTML-escaped text with {@code <mark>} around
 * the matched words.
 *
 * @param facets     per dimension (type, cluster, region, sector, category, tag, language, date), its values
 * @param didYouMean a corrected query that finds more, when this one found little
 */
public record SearchPage(String query, long total, boolean totalExact, int page, int size, List<Hit> hits,
                         Map<String, List<FacetValue>> facets, String didYouMean, boolean typoTolerant) {

    /**
     * One found thing; {@code typeName} is what users call its type, in the reader's language ("Topic",
     * "Benchmarking report"); {@code link} is the platform address (route) that shows it.
     */
    public record Hit(String id, String type, String typeName, String title, String highlightedTitle, String snippet,
                      String author, Instant date, String language, String link) {
    }

    /**
     * One facet value with its count; {@code label} is what to show (a cluster's name, a type's name in the
     * reader's language), {@code filter} is the query-language
     * term that narrows the search to it (add it to the query text), {@code selected} whether the query
     * already holds that term.
     */
    public record FacetValue(String value, String label, long count, String filter, boolean selected) {
    }

    /**
     * A completion offered while typing: a thing to open ({@code link}) or a tag to search ({@code filter});
     * {@code typeName} as in {@link Hit}.
     */
    public record Suggestion(String kind, String text, String type, String typeName, String link, String filter) {
    }
}
