package eu.clus3.core.search;

import java.util.Locale;

/**
 * What a user asked for: the text in the query language (words, "phrases", -exclusions, {@code in:},
 * {@code cluster:}, {@code tag:}, {@code @user}, {@code before:}/{@code after:}; facet clicks add such
 * filters to the text), the order, and the page.
 *
 * @param sort   "relevance" (default) or "newest"
 * @param locale the reader's language, for the names of types ({@code null}: English)
 */
public record SearchQuery(String text, String sort, int page, int size, Locale locale) {

    public static final int MAX_TEXT = 1_000;
    public static final int MAX_SIZE = 50;
}
