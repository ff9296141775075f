package eu.clus3.search;

import eu.clus3.search.SearchResults.FacetCount;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our facet counting (done while the search collects, per slice) against Lucene's own
 * {@code SortedSetDocValuesFacetCounts} on the same index of several segments: the same values, counts
 * and order, whatever the query.
 */
class FacetCountingTest {

    private static final List<String> DIMENSIONS = List.of("cluster", "region", "type", "tag", "language");
    private static final List<String> WORDS = List.of("governance", "funding", "export", "training", "strategy",
            "members", "innovation", "board", "survey", "digital");
    private static final Set<String> VIEWER = Set.of("public", "group:a");

    @TempDir
    static Path dir;
    static TestIndex index;

    @BeforeAll
    static void fill() throws Exception {
        index = TestIndex.open(dir);
        Random random = new Random(42);
        for (int batch = 0; batch < 5; batch++) {
            List<SearchDocument> documents = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = batch * 400 + i;
                int cluster = random.nextInt(30);
                String[] clusters = random.nextInt(5) == 0
                        ? new String[]{"c" + cluster, "c" + (cluster + 1 + random.nextInt(29)) % 30}
                        : new String[]{"c" + cluster};
                documents.add(SearchDocument.builder("post/" + n)
                        .type(List.of("post", "topic", "cluster").get(random.nextInt(3)))
                        .title(WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size())))
                        .body(WORDS.get(random.nextInt(WORDS.size())) + " and " + WORDS.get(random.nextInt(WORDS.size())))
                        .language(random.nextBoolean() ? Language.ENGLISH : Language.ITALIAN)
                        .tags("t" + random.nextInt(12))
                        .date(TestIndex.NOW.minus(Duration.ofHours(random.nextInt(24 * 800))))
                        .facet("cluster", clusters)
                        .facet("region", "r" + random.nextInt(8))
                        .visibleTo(List.of("public", "group:a", "group:b").get(random.nextInt(3)))
                        .build());
            }
            index.put(documents.toArray(SearchDocument[]::new));
            index.index.commit();
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void the_index_has_several_segments() throws Exception {
        try (FSDirectory directory = FSDirectory.open(Path.of(index.index.status().directory()));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "governance", "funding export", "-board", "digital cluster:c3", "nothing-matches"})
    void counts_as_lucene_does(String text) throws Exception {
        SearchResults ours = index.index.search(SearchRequest.of(text, VIEWER)
                .withFacets(DIMENSIONS.toArray(String[]::new)).at(TestIndex.NOW));
        try (FSDirectory directory = FSDirectory.open(Path.of(index.index.status().directory()));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SearchIndex searchIndex = index.index;
            UserQuery query = UserQuery.parse(text, List.of("cluster", "region"));
            QueryTranslator translator = new QueryTranslator(Analysis.perField());
            Query lucene = QueryTranslator.combine(translator.scoring(query, Map.of()), translator.filters(query),
                    QueryTranslator.visibility(VIEWER));
            FacetsCollector collected = searcher.search(lucene, new FacetsCollectorManager());
            assertThat(ours.total()).isEqualTo(collected.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum());
            for (String dimension : DIMENSIONS) {
                FacetResult result = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(
                        reader, Schema.facetField(dimension), searchIndex.facetsConfig()), collected)
                        .getTopChildren(10, dimension);
                List<FacetCount> expected = new ArrayList<>();
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        expected.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
                assertThat(ours.facets().get(dimension)).as(dimension + " for '" + text + "'").isEqualTo(expected);
            }
        }
    }

    @Test
    void sorting_by_date_keeps_the_same_counts_and_gives_scores() {
        SearchRequest request = SearchRequest.of("governance", VIEWER).withFacets("cluster").at(TestIndex.NOW);
        SearchResults byRelevance = index.index.search(request);
        SearchResults byDate = index.index.search(request.sortedBy(SearchRequest.Sort.NEWEST));
        assertThat(byDate.facets()).isEqualTo(byRelevance.facets());
        assertThat(byDate.total()).isEqualTo(byRelevance.total()).isGreaterThan(0);
        assertThat(byDate.hits()).allSatisfy(h -> assertThat(h.score()).isPositive());
        assertThat(byDate.hits()).extracting(SearchResults.Hit::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
