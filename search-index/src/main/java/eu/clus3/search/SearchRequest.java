package eu.clus3.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One search by one viewer.
 *
 * @param query       the user's text in the query language (see {@link UserQuery}); never rejected
 * @param principals  what the viewer holds ("public", "user:42", "group:x"); only documents visible to at
 *                    least one of them take part in anything the search returns
 * @param facets      the facet dimensions to count ("type", "language", "tag", "author", "date" or one of
 *                    the index's own dimensions)
 * @param sort        by relevance or newest first
 * @param offset      hits to skip (paging); at most {@link #MAX_OFFSET}
 * @param limit       hits to return, 1 to {@link #MAX_LIMIT}
 * @param facetValues values to return per facet dimension
 * @param now         the instant "date" facet ranges (past day, week...) are counted back from; later dates are "upcoming"
 * @param snippets    whether to highlight titles and cut snippets (a list of ids alone does not need them)
 */
public record SearchRequest(String query, Set<String> principals, List<String> facets, Sort sort,
                            int offset, int limit, int facetValues, Instant now, boolean snippets) {

    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_LIMIT = 100;

    public enum Sort { RELEVANCE, NEWEST }

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        principals = principals == null ? Set.of() : Set.copyOf(principals);
        facets = facets == null ? List.of() : List.copyOf(facets);
        sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
        offset = Math.max(0, Math.min(offset, MAX_OFFSET));
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        facetValues = Math.max(1, Math.min(facetValues, 1000));
        now = Objects.requireNonNullElseGet(now, Instant::now);
    }

    /** A first page of 10 by relevance, no facets. */
    public static SearchRequest of(String query, Set<String> principals) {
        return new SearchRequest(query, principals, List.of(), Sort.RELEVANCE, 0, 10, 10, null, true);
    }

    public SearchRequest withFacets(String... dimensions) {
        return new SearchRequest(query, principals, List.of(dimensions), sort, offset, limit, facetValues, now, snippets);
    }

    public SearchRequest sortedBy(Sort order) {
        return new SearchRequest(query, principals, facets, order, offset, limit, facetValues, now, snippets);
    }

    public SearchRequest page(int pageOffset, int pageLimit) {
        return new SearchRequest(query, principals, facets, sort, pageOffset, pageLimit, facetValues, now, snippets);
    }

    public SearchRequest withoutSnippets() {
        return new SearchRequest(query, principals, facets, sort, offset, limit, facetValues, now, false);
    }

    public SearchRequest at(Instant instant) {
        return new SearchRequest(query, principals, facets, sort, offset, limit, facetValues, instant, snippets);
    }
}
