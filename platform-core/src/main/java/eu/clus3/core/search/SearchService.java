package eu.clus3.core.search;

import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import eu.clus3.search.IndexUnavailableException;
import eu.clus3.search.SearchRequest;
import eu.clus3.search.SearchResults;
import eu.clus3.search.Suggestion;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searching everything a viewer may read, and the administration of the index. The viewer's principals are
 * part of every query, so nothing hidden shows up anywhere: hits, totals, facets, suggestions, snippets.
 */
@ApplicationScoped
public class SearchService {

    /** The facets every search returns, in the order a page shows them. */
    public static final List<String> FACETS = List.of("type", "cluster", "region", "sector", "category", "tag",
            "language", "date");
    private static final int SUGGESTIONS = 8;

    private Database db;
    private SearchOutbox outbox;
    private ViewerPrincipals principals;
    private ClusterRepository clusters;
    private Clock clock;
    private volatile SearchIndexer indexer;

    protected SearchService() {
        // for CDI proxies
    }

    @Inject
    public SearchService(Database db, SearchOutbox outbox, ViewerPrincipals principals, ClusterRepository clusters,
                         Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.principals = principals;
        this.clusters = clusters;
        this.clock = clock;
    }

    /** Opens the index under {@code root} and starts feeding it from the outbox (at platform start). */
    public synchronized void start(List<SearchSource> sources, Path root) {
        if (indexer == null) {
            indexer = SearchIndexer.start(db, outbox, sources, clock, root);
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (indexer != null) {
            indexer.close();
            indexer = null;
        }
    }

    // --------------------------------------------------------------- for everyone

    public SearchPage search(Optional<Actor> viewer, SearchQuery query) {
        String text = validText(query.text(), "q");
        int size = query.size() <= 0 ? 20 : query.size();
        SearchRequest.Sort sort = parseSort(query.sort());
        new Validator().range("page", query.page(), 0, SearchRequest.MAX_OFFSET / SearchQuery.MAX_SIZE)
                .range("size", size, 1, SearchQuery.MAX_SIZE).throwIfInvalid();
        SearchResults results = running().index().search(SearchRequest.of(text, principals.of(viewer))
                .withFacets(FACETS.toArray(String[]::new)).sortedBy(sort).page(query.page() * size, size)
                .at(clock.instant()));
        List<SearchPage.Hit> hits = results.hits().stream().map(h -> new SearchPage.Hit(h.id(), h.type(), h.title(),
                h.highlightedTitle(), h.snippet(), h.author(), h.date(), h.language().code(), h.link())).toList();
        return new SearchPage(text, results.total(), results.totalExact(), query.page(), size, hits,
                facets(results, text), results.didYouMean().orElse(null), results.typoTolerant());
    }

    /** Completions from the second letter on: titles of things the viewer may read, and tags. */
    public List<SearchPage.Suggestion> suggest(Optional<Actor> viewer, String typed) {
        String text = validText(typed, "q").strip();
        if (text.length() < 2) {
            return List.of();
        }
        return running().index().suggest(text, principals.of(viewer), SUGGESTIONS).stream()
                .map(s -> s.kind() == Suggestion.Kind.TAG
                        ? new SearchPage.Suggestion("tag", s.text(), "tag", null, term("tag", s.text()))
                        : new SearchPage.Suggestion("document", s.text(), s.type(), s.link(), null))
                .toList();
    }

    // --------------------------------------------------------------- for administrators

    public SearchIndexer.IndexState status(Actor actor) {
        actor.require(Permission.MANAGE_SEARCH);
        return running().state();
    }

    /** Starts an online rebuild; false when one is running already. */
    public boolean rebuild(Actor actor) {
        actor.require(Permission.MANAGE_SEARCH);
        return running().rebuild();
    }

    /** Compares the index with the database (same ids, no ghosts, none missing). */
    public SearchIndexer.Consistency check(Actor actor) {
        actor.require(Permission.MANAGE_SEARCH);
        return running().check();
    }

    /** Waits (at most {@code atMost}) until every change written so far is searchable; for demos and tools. */
    public boolean awaitIndexed(Duration atMost) {
        return running().waitUntilCaughtUp(atMost);
    }

    // --------------------------------------------------------------- helpers

    private SearchIndexer running() {
        SearchIndexer current = indexer;
        if (current == null) {
            throw new IndexUnavailableException("the search index is not open yet", null);
        }
        return current;
    }

    private static String validText(String text, String field) {
        String t = text == null ? "" : text;
        if (t.length() > SearchQuery.MAX_TEXT) {
            throw InvalidInputException.of(field, "validation.tooLong",
                    "a search is at most " + SearchQuery.MAX_TEXT + " characters long");
        }
        return t;
    }

    private static SearchRequest.Sort parseSort(String sort) {
        if (sort == null || sort.isBlank() || sort.equalsIgnoreCase("relevance")) {
            return SearchRequest.Sort.RELEVANCE;
        }
        if (sort.equalsIgnoreCase("newest")) {
            return SearchRequest.Sort.NEWEST;
        }
        throw InvalidInputException.of("sort", "validation.oneOf", "sort is one of: relevance, newest");
    }

    private Map<String, List<SearchPage.FacetValue>> facets(SearchResults results, String text) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        Map<String, String> clusterNames = clusterNames(results.facets().getOrDefault("cluster", List.of()));
        Map<String, List<SearchPage.FacetValue>> facets = new LinkedHashMap<>();
        for (String dimension : FACETS) {
            List<SearchPage.FacetValue> values = new ArrayList<>();
            for (SearchResults.FacetCount c : results.facets().getOrDefault(dimension, List.of())) {
                if (c.count() == 0) {
                    continue;
                }
                String filter = filterFor(dimension, c.value());
                String label = dimension.equals("cluster") ? clusterNames.getOrDefault(c.value(), c.value()) : c.value();
                values.add(new SearchPage.FacetValue(c.value(), label, c.count(), filter,
                        lowerText.contains(filter.toLowerCase(Locale.ROOT))));
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    private Map<String, String> clusterNames(List<SearchResults.FacetCount> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        Set<String> wanted = slugs.stream().map(SearchResults.FacetCount::value).collect(Collectors.toSet());
        // one query for the page's facet values, not one per value: this runs on every search
        return db.inTransaction(() -> clusters.namesBySlug(wanted));
    }

    /** The query-language term that narrows a search to one facet value. */
    String filterFor(String dimension, String value) {
        return switch (dimension) {
            case "type" -> "in:" + value;
            case "date" -> dateFilter(value);
            default -> term(dimension, value);
        };
    }

    private static String term(String dimension, String value) {
        boolean plain = value.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '.');
        return dimension + ":" + (plain ? value : "\"" + value.replace("\"", "") + "\"");
    }

    private String dateFilter(String bucket) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Function<Integer, String> after = days -> "after:" + today.minusDays(days);
        return switch (bucket) {
            case "past day" -> after.apply(1);
            case "past week" -> after.apply(7);
            case "past month" -> after.apply(30);
            case "past year" -> after.apply(365);
            default -> "before:" + today.minusDays(365);
        };
    }
}
