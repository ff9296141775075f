package eu.clus3.search;

import eu.clus3.search.SearchResults.FacetCount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FacetTest {

    @TempDir
    static Path dir;
    static TestIndex index;

    @BeforeAll
    static void fill() throws Exception {
        index = TestIndex.open(dir).put(Corpus.documents());
        index.put(SearchDocument.builder("members-only").type("post").title("Members only cluster report")
                .body("Numbers for members.").date(TestIndex.NOW).visibleTo("group:members").facet("cluster", "ditenave", "blue").tags("governance", "report").build());
        index.put(TestIndex.post("multi", "Joint cluster venture", "Two clusters together.")
                .facet("cluster", "ditenave", "blue").facet("sector", "maritime").build());
        index.put(SearchDocument.builder("next-month").type("event").title("Cluster days")
                .date(TestIndex.NOW.plus(java.time.Duration.ofDays(30))).visibleTo("group:planners").build());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Map<String, List<FacetCount>> facets(String query, String... principals) {
        return index.index.search(SearchRequest.of(query, Set.of(principals))
                .withFacets("type", "language", "cluster", "region", "tag", "author", "sector", "date")
                .at(TestIndex.NOW)).facets();
    }

    @Test
    void counts_every_requested_dimension_over_all_matching_documents() {
        Map<String, List<FacetCount>> f = facets("", "public");
        assertThat(f.keySet()).containsExactly("type", "language", "cluster", "region", "tag", "author", "sector", "date");
        assertThat(f.get("type")).containsExactly(new FacetCount("post", 4), new FacetCount("event", 1), new FacetCount("topic", 1));
        assertThat(f.get("language")).containsExactly(new FacetCount("en", 4), new FacetCount("it", 2));
        assertThat(f.get("region")).containsExactly(new FacetCount("FVG", 3), new FacetCount("Liguria", 2));
        assertThat(f.get("author")).containsExactlyInAnyOrder(new FacetCount("anna", 2), new FacetCount("marco", 2),
                new FacetCount("luca", 1));
        assertThat(f.get("sector")).containsExactly(new FacetCount("maritime", 1));
    }

    @Test
    void a_document_with_several_values_counts_for_each() {
        assertThat(facets("", "public").get("cluster")).containsExactly(
                new FacetCount("blue", 3), new FacetCount("ditenave", 3), new FacetCount("energia", 1));
    }

    @Test
    void counts_follow_the_query_and_its_filters() {
        Map<String, List<FacetCount>> f = facets("governance", "public");
        assertThat(f.get("cluster")).containsExactly(new FacetCount("ditenave", 2));
        assertThat(f.get("language")).containsExactlyInAnyOrder(new FacetCount("en", 1), new FacetCount("it", 1));
        assertThat(facets("region:liguria", "public").get("type")).containsExactlyInAnyOrder(
                new FacetCount("topic", 1), new FacetCount("post", 1));
    }

    @Test
    void counts_respect_visibility() {
        assertThat(facets("", "public").get("tag")).contains(new FacetCount("governance", 2))
                .extracting(FacetCount::value).doesNotContain("report");
        assertThat(facets("", "public", "group:members").get("tag"))
                .contains(new FacetCount("governance", 3), new FacetCount("report", 1));
        assertThat(facets("", "group:members").get("cluster")).containsExactlyInAnyOrder(
                new FacetCount("ditenave", 1), new FacetCount("blue", 1));
    }

    @Test
    void date_ranges_count_back_from_now() {
        assertThat(facets("", "public").get("date")).containsExactly(
                new FacetCount("past day", 1), new FacetCount("past week", 3), new FacetCount("past month", 4),
                new FacetCount("past year", 5), new FacetCount("older", 1));
    }

    @Test
    void a_date_after_now_is_upcoming_and_in_none_of_the_past_ranges() {
        assertThat(facets("", "group:planners").get("date")).containsExactly(new FacetCount("upcoming", 1));
        assertThat(facets("", "public", "group:planners").get("date")).containsExactly(
                new FacetCount("upcoming", 1), new FacetCount("past day", 1), new FacetCount("past week", 3),
                new FacetCount("past month", 4), new FacetCount("past year", 5), new FacetCount("older", 1));
    }

    @Test
    void an_unknown_dimension_has_no_values() {
        SearchResults r = index.index.search(SearchRequest.of("", Set.of("public")).withFacets("nothing"));
        assertThat(r.facets()).containsEntry("nothing", List.of());
    }

    @Test
    void a_search_without_facets_asks_for_none() {
        assertThat(index.search("governance", "public").facets()).isEmpty();
    }

    @Test
    void the_total_is_exact_with_facets() {
        SearchResults r = index.index.search(SearchRequest.of("", Set.of("public")).withFacets("type").page(0, 1));
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.totalExact()).isTrue();
        assertThat(r.hits()).hasSize(1);
    }
}
