package eu.clus3.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hidden document per visibility rule of the platform (a private forum category, a cluster's
 * private data, a draft). A viewer without the principal must find no trace of it anywhere: hits,
 * totals, facet counts, snippets, suggestions, corrections. A viewer holding it sees it.
 */
class VisibilityTest {

    enum Rule {
        PRIVATE_CATEGORY("group:category-7", "zeppelin", "Zeppelin board minutes", "hangar-secrets", "secretcluster"),
        CLUSTER_PRIVATE_DATA("cluster:blue:members", "quokka", "Quokka indicators for members", "quokka-numbers", "bluecluster"),
        DRAFT("user:42", "narwhal", "Narwhal draft about governance", "narwhal-draft", "draftcluster");

        final String principal;
        final String secretWord;
        final String title;
        final String tag;
        final String cluster;

        Rule(String principal, String secretWord, String title, String tag, String cluster) {
            this.principal = principal;
            this.secretWord = secretWord;
            this.title = title;
            this.tag = tag;
            this.cluster = cluster;
        }

        SearchDocument document() {
            return SearchDocument.builder("hidden-" + name()).type("post").date(TestIndex.NOW).title(title).body(
                            "Governance notes. The " + secretWord + " programme is confidential.").visibleTo(principal)
                    .tags(tag, "governance").author("secret-" + secretWord).facet("cluster", cluster)
                    .build();
        }
    }

    @TempDir
    static Path dir;
    static TestIndex index;
    static final String[] OUTSIDER = {"public", "user:1", "group:other"};

    @BeforeAll
    static void fill() throws Exception {
        index = TestIndex.open(dir);
        index.put(
                TestIndex.post("p1", "Governance of public clusters", "Open governance notes for everyone.")
                        .tags("governance").author("anna").facet("cluster", "ditenave").build(),
                TestIndex.post("p2", "Board elections", "How the board is elected.")
                        .tags("elections").author("marco").facet("cluster", "ditenave").build(),
                SearchDocument.builder("nobody").type("post").title("Orphan governance zeppelin")
                        .body("Visible to no one at all.").build());
        for (Rule rule : Rule.values()) {
            index.put(rule.document());
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResults search(String query, String... principals) {
        return index.index.search(SearchRequest.of(query, Set.of(principals))
                .withFacets("type", "cluster", "tag", "author", "language", "date").at(TestIndex.NOW));
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void a_hidden_document_is_never_a_hit_nor_counted(Rule rule) {
        SearchResults byWord = search(rule.secretWord, OUTSIDER);
        assertThat(byWord.hits()).isEmpty();
        assertThat(byWord.total()).isZero();
        SearchResults shared = search("governance", OUTSIDER);
        assertThat(shared.hits()).extracting(SearchResults.Hit::id).containsExactly("p1");
        assertThat(shared.total()).isEqualTo(1);
        assertThat(search("", OUTSIDER).total()).isEqualTo(2);
        assertThat(search("tag:" + rule.tag, OUTSIDER).total()).isZero();
        assertThat(search("cluster:" + rule.cluster, OUTSIDER).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void a_hidden_document_is_in_no_facet_count(Rule rule) {
        SearchResults all = search("", OUTSIDER);
        all.facets().forEach((dimension, values) -> {
            assertThat(values).extracting(SearchResults.FacetCount::value)
                    .as(dimension).doesNotContain(rule.cluster, rule.tag, "secret-" + rule.secretWord);
            if (!dimension.equals("tag") && !dimension.equals("date")) {
                assertThat(values.stream().mapToLong(SearchResults.FacetCount::count).sum()).as(dimension).isEqualTo(2);
            }
        });
        assertThat(all.facets().get("tag")).containsExactlyInAnyOrder(
                new SearchResults.FacetCount("governance", 1), new SearchResults.FacetCount("elections", 1));
        assertThat(all.facets().get("cluster")).containsExactly(new SearchResults.FacetCount("ditenave", 2));
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void a_hidden_document_shows_in_no_snippet(Rule rule) {
        for (SearchResults.Hit hit : search("governance notes", OUTSIDER).hits()) {
            assertThat(hit.snippet() + hit.highlightedTitle() + hit.title()).doesNotContainIgnoringCase(rule.secretWord);
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void a_hidden_document_is_never_suggested(Rule rule) {
        String prefix = rule.secretWord.substring(0, 3);
        assertThat(index.index.suggest(prefix, Set.of(OUTSIDER), 10)).isEmpty();
        assertThat(index.index.suggest(rule.tag.substring(0, 4), Set.of(OUTSIDER), 10)).isEmpty();
        assertThat(index.index.suggest("gov", Set.of(OUTSIDER), 10)).extracting(Suggestion::text)
                .containsExactlyInAnyOrder("Governance of public clusters", "governance");
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void a_word_only_in_hidden_documents_is_never_offered_as_a_correction(Rule rule) {
        String typo = rule.secretWord.substring(0, 2) + rule.secretWord.substring(3);
        SearchResults results = search(typo, OUTSIDER);
        assertThat(results.didYouMean()).isEmpty();
        assertThat(results.typoTolerant()).isFalse();
        assertThat(results.hits()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void a_viewer_holding_the_principal_sees_the_document_everywhere(Rule rule) {
        String[] insider = {"public", rule.principal};
        assertThat(search(rule.secretWord, insider).hits()).extracting(SearchResults.Hit::id)
                .containsExactly("hidden-" + rule.name());
        assertThat(search("", insider).facets().get("cluster")).contains(new SearchResults.FacetCount(rule.cluster, 1));
        assertThat(index.index.suggest(rule.secretWord.substring(0, 3), Set.of(insider), 10)).extracting(Suggestion::text)
                .contains(rule.title);
        String typo = rule.secretWord.substring(0, 2) + rule.secretWord.substring(3);
        assertThat(search(typo, insider).didYouMean()).contains(rule.secretWord);
        assertThat(search(rule.secretWord, insider).hits().get(0).snippet()).contains("<mark>" + rule.secretWord + "</mark>");
    }

    @Test
    void a_document_visible_to_no_principal_is_seen_by_no_one() {
        List<String[]> viewers = List.of(OUTSIDER, new String[]{"public", "user:42", "group:category-7", "cluster:blue:members"});
        for (String[] viewer : viewers) {
            assertThat(search("orphan", viewer).total()).isZero();
        }
    }

    @Test
    void a_viewer_with_no_principals_sees_nothing() {
        assertThat(search("").total()).isZero();
        assertThat(search("governance").hits()).isEmpty();
        assertThat(index.index.suggest("gov", Set.of(), 10)).isEmpty();
    }

    @Test
    void one_shared_principal_is_enough() {
        assertThat(search("", "user:42").hits()).extracting(SearchResults.Hit::id).containsExactly("hidden-DRAFT");
    }
}
