package eu.clus3.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found, for one viewer: everything here comes from documents that viewer may see.
 *
 * @param total       how many documents matched
 * @param totalExact  false when {@code total} is a lower bound (large result sets without facets are
 *                    counted up to {@link SearchResults#EXACT_TOTAL_UP_TO} only, for speed)
 * @param hits        the requested page
 * @param facets      per requested dimension, its values with counts, most frequent first
 * @param didYouMean  a corrected query text that finds more, when this one found little
 * @param typoTolerant true when the hits include words close to the typed ones (the query found little)
 */
public record SearchResults(long total, boolean totalExact, List<Hit> hits, Map<String, List<FacetCount>> facets,
                            Optional<String> didYouMean, boolean typoTolerant) {

    public static final int EXACT_TOTAL_UP_TO = 1000;

    /**
     * One found document. {@code highlightedTitle} and {@code snippet} are HTML-escaped text in which the
     * matched words are wrapped in {@code <mark>...</mark>}: safe to render as HTML. {@code link} is the
     * document's link as written (null if it had none).
     */
    public record Hit(String id, String type, Language language, String title, String author, Instant date,
                      float score, String highlightedTitle, String snippet, String link) { }

    /** One facet value and how many of the matching documents have it. */
    public record FacetCount(String value, long count) { }
}
