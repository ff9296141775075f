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
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
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
    /** The names of the core's document types, per language ({@code types_it.properties}...). */
    private static final String TYPE_NAMES = "eu.clus3.core.search.types";

    private Database db;
    private SearchOutbox outbox;
    private ViewerPrincipals principals;
    private ClusterRepository clusters;
    private Clock clock;
    private volatile SearchIndexer indexer;
    private volatile List<SearchSource> sources = List.of();

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
            this.sources = List.copyOf(sources);
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
        Function<String, String> typeNames = typeNames(query.locale());
        List<SearchPage.Hit> hits = results.hits().stream().map(h -> new SearchPage.Hit(h.id(), h.type(),
                typeNames.apply(h.type()), h.title(), h.highlightedTitle(), h.snippet(), h.author(), h.date(),
                h.language().code(), h.link())).toList();
        return new SearchPage(text, results.total(), results.totalExact(), query.page(), size, hits,
                facets(results, text, typeNames), results.didYouMean().orElse(null), results.typoTolerant());
    }

    /** Completions from the second letter on: titles of things the viewer may read, and tags. */
    public List<SearchPage.Suggestion> suggest(Optional<Actor> viewer, String typed, Locale locale) {
        String text = validText(typed, "q").strip();
        if (text.length() < 2) {
            return List.of();
        }
        Function<String, String> typeNames = typeNames(locale);
        return running().index().suggest(text, principals.of(viewer), SUGGESTIONS).stream()
                .map(s -> s.kind() == Suggestion.Kind.TAG
                        ? new SearchPage.Suggestion("tag", s.text(), "tag", typeNames.apply("tag"), null, term("tag", s.text()))
                        : new SearchPage.Suggestion("document", s.text(), s.type(), typeNames.apply(s.type()), s.link(), null))
                .toList();
    }

    /**
     * What users call a document type in {@code locale}: a source's own name for the types it makes at runtime
     * (a module's), else the core's bundle, else the type as it is.
     */
    public String typeName(String type, Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        for (SearchSource source : sources) {
            Optional<String> named = source.typeName(type, l);
            if (named.isPresent()) {
                return named.get();
            }
        }
        try {
            return ResourceBundle.getBundle(TYPE_NAMES, l, SearchService.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(type);
        } catch (MissingResourceException e) {
            return type;
        }
    }

    /** Type names for one answer: each type is named once, however many hits or suggestions have it. */
    private Function<String, String> typeNames(Locale locale) {
        Map<String, String> named = new java.util.HashMap<>();
        return type -> named.computeIfAbsent(type, t -> typeName(t, locale));
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

    private Map<String, List<SearchPage.FacetValue>> facets(SearchResults results, String text,
                                                            Function<String, String> typeNames) {
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
                String label = switch (dimension) {
                    case "cluster" -> clusterNames.getOrDefault(c.value(), c.value());
                    case "type" -> typeNames.apply(c.value());
                    default -> c.value();
                };
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

    /**
     * The filter of a date range, in whole days (UTC) as the query language has them: the past ranges end with
     * today and "upcoming" starts tomorrow, so a dated event or deadline is either upcoming or past, never both.
     */
    private String dateFilter(String bucket) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Function<Integer, String> past = days -> "after:" + today.minusDays(days) + " before:" + today.plusDays(1);
        return switch (bucket) {
            case "upcoming" -> "after:" + today.plusDays(1);
            case "past day" -> past.apply(1);
            case "past week" -> past.apply(7);
            case "past month" -> past.apply(30);
            case "past year" -> past.apply(365);
            default -> "before:" + today.minusDays(365);
        };
    }
}
