package eu.clus3.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SearchTest {

    @TempDir
    static Path dir;
    static TestIndex index;

    @BeforeAll
    static void fill() throws Exception {
        index = TestIndex.open(dir).put(Corpus.documents());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static java.util.List<String> ids(String query) {
        return index.ids(query, "public");
    }

    @Test
    void all_words_must_match() {
        assertThat(ids("cluster governance")).containsExactly("d1");
    }

    @Test
    void words_match_their_stemmed_forms() {
        assertThat(ids("managing boards")).containsExactly("d1");
        assertThat(ids("progetto")).containsExactly("d2");
    }

    @Test
    void an_english_query_finds_italian_content_where_the_stems_meet() {
        assertThat(ids("digital")).containsExactlyInAnyOrder("d2", "d3", "d4");
    }

    @Test
    void an_italian_query_finds_english_content_where_the_stems_meet() {
        assertThat(ids("digitale")).contains("d3");
    }

    @Test
    void accents_do_not_matter() {
        assertThat(ids("innovazióne")).first().isEqualTo("d4");
        assertThat(ids("INNOVAZIONE")).first().isEqualTo("d4");
    }

    @Test
    void a_quoted_phrase_matches_only_in_that_order() {
        assertThat(ids("\"wind farm\"")).containsExactly("d5");
        assertThat(ids("\"farm wind\"")).isEmpty();
        assertThat(ids("\"innovazione aperta\"")).containsExactly("d4");
    }

    @Test
    void a_minus_excludes_words_phrases_and_filters() {
        assertThat(ids("governance -digitali")).containsExactly("d1");
        assertThat(ids("governance -\"imprese digitali\"")).containsExactly("d1");
        assertThat(ids("cluster -in:event")).containsExactly("d1");
        assertThat(ids("-governance")).containsExactlyInAnyOrder("d3", "d4", "d5");
    }

    @Test
    void in_filters_by_type() {
        assertThat(ids("in:event")).containsExactly("d5");
        assertThat(ids("in:topic in:event")).containsExactlyInAnyOrder("d3", "d5");
        assertThat(ids("in:nothing")).isEmpty();
    }

    @Test
    void a_known_dimension_filters_case_insensitively() {
        assertThat(ids("cluster:DiTeNave")).containsExactlyInAnyOrder("d1", "d2");
        assertThat(ids("region:fvg cluster:energia")).containsExactly("d5");
        assertThat(ids("region:\"liguria\" shipyards")).containsExactly("d3");
    }

    @Test
    void tag_and_author_filter() {
        assertThat(ids("tag:governance")).containsExactlyInAnyOrder("d1", "d2");
        assertThat(ids("tag:governance tag:digital")).isEmpty();
        assertThat(ids("@anna")).containsExactlyInAnyOrder("d1", "d3");
        assertThat(ids("@anna @luca")).containsExactlyInAnyOrder("d1", "d3", "d4");
        assertThat(ids("language:it")).containsExactlyInAnyOrder("d2", "d4");
    }

    @Test
    void before_and_after_filter_by_date() {
        assertThat(ids("before:2025-01-01")).containsExactly("d3");
        assertThat(ids("after:2025-06-01")).containsExactlyInAnyOrder("d1", "d4", "d5");
        assertThat(ids("after:2025-05-01 before:2025-06-10")).containsExactlyInAnyOrder("d2", "d5");
    }

    @Test
    void malformed_filters_are_searched_as_words() {
        assertThat(ids("trieste:energy")).containsExactly("d5");
        assertThat(ids("in: shipyards")).containsExactly("d3");
    }

    @Test
    void an_empty_query_lists_everything_visible() {
        assertThat(index.search("", "public").total()).isEqualTo(5);
    }

    @Test
    void newest_first_sorts_by_date() {
        SearchResults r = index.index.search(SearchRequest.of("in:post", Set.of("public"))
                .sortedBy(SearchRequest.Sort.NEWEST));
        assertThat(r.hits()).extracting(SearchResults.Hit::id).containsExactly("d4", "d1", "d2");
    }

    @Test
    void relevance_puts_title_matches_first() {
        assertThat(ids("governance")).first().isIn("d1", "d2");
        assertThat(ids("shipyards")).containsExactly("d3");
    }

    @Test
    void pages_share_one_total() {
        SearchRequest all = SearchRequest.of("", Set.of("public")).sortedBy(SearchRequest.Sort.NEWEST);
        SearchResults first = index.index.search(all.page(0, 2));
        SearchResults second = index.index.search(all.page(2, 2));
        SearchResults third = index.index.search(all.page(4, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.hits()).extracting(SearchResults.Hit::id).containsExactly("d4", "d1");
        assertThat(second.hits()).extracting(SearchResults.Hit::id).containsExactly("d5", "d2");
        assertThat(third.hits()).extracting(SearchResults.Hit::id).containsExactly("d3");
        assertThat(index.index.search(all.page(10, 2)).hits()).isEmpty();
    }

    @Test
    void hits_carry_what_a_result_list_shows() {
        SearchResults.Hit hit = index.search("trieste", "public").hits().get(0);
        assertThat(hit.id()).isEqualTo("d5");
        assertThat(hit.type()).isEqualTo("event");
        assertThat(hit.language()).isEqualTo(Language.ENGLISH);
        assertThat(hit.title()).isEqualTo("Energy cluster meeting");
        assertThat(hit.author()).isEqualTo("marco");
        assertThat(hit.date()).isEqualTo(TestIndex.NOW.minus(java.time.Duration.ofDays(10)));
    }

    @Test
    void snippets_and_titles_mark_the_matched_words() {
        SearchResults.Hit hit = index.search("shipyards digital", "public").hits().get(0);
        assertThat(hit.highlightedTitle()).isEqualTo("<mark>Digital</mark> transformation of <mark>shipyards</mark>");
        assertThat(hit.snippet()).contains("<mark>Shipyards</mark> adopt <mark>digital</mark> twins");
    }

    @Test
    void snippets_mark_stemmed_and_cross_language_matches() {
        SearchResults.Hit hit = index.ids("digital", "public").contains("d4")
                ? index.search("digital", "public").hits().stream().filter(h -> h.id().equals("d4")).findFirst().orElseThrow()
                : null;
        assertThat(hit).isNotNull();
        assertThat(hit.snippet()).contains("<mark>digitali</mark>");
    }

    @Test
    void snippets_are_html_escaped() {
        SearchResults.Hit hit = index.search("twins", "public").hits().get(0);
        assertThat(hit.snippet()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void without_words_the_snippet_is_the_beginning_of_the_body() {
        SearchResults.Hit hit = index.search("in:event", "public").hits().get(0);
        assertThat(hit.snippet()).startsWith("Solar and wind farm");
        assertThat(hit.highlightedTitle()).isEqualTo("Energy cluster meeting");
    }

    @Test
    void a_typo_still_finds_and_suggests_the_right_word() {
        SearchResults r = index.search("governnace", "public");
        assertThat(r.typoTolerant()).isTrue();
        assertThat(r.hits()).extracting(SearchResults.Hit::id).contains("d1", "d2");
        assertThat(r.didYouMean()).contains("governance");
    }

    @Test
    void did_you_mean_keeps_the_rest_of_the_query() {
        SearchResults r = index.search("in:post clustr managers", "public");
        assertThat(r.didYouMean()).contains("in:post cluster managers");
    }

    @Test
    void a_query_that_finds_enough_is_not_corrected() {
        SearchResults r = index.search("governance", "public");
        assertThat(r.didYouMean()).isEmpty();
        assertThat(r.typoTolerant()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"", "\"unbalanced phrase", "-", "- -", "in:", "@", "tag:", "before:", "after:2024-99-99",
            ":::", "-\"", "a:b:c", "((x))^2~", "*?\\", "مرحبا", "\u202Eevil\u202C", "h\u0327\u0338\u031be\u0337l\u0334l\u0335o",
            "\uD83D", "\u0000", "the", "il la che", "\"the of\"", "cluster:\"\"", "-in:event -tag:x -@y"})
    void garbage_never_throws(String input) {
        assertThatCode(() -> index.index.search(SearchRequest.of(input, Set.of("public"))
                .withFacets("type", "cluster", "date", "tag"))).doesNotThrowAnyException();
        assertThatCode(() -> index.search(input, "public")).doesNotThrowAnyException();
        assertThatCode(() -> index.index.suggest(input, Set.of("public"), 8)).doesNotThrowAnyException();
    }

    @Test
    void huge_input_never_throws() {
        String huge = "governance \"cluster ".repeat(20_000) + "-x in:post ".repeat(5_000);
        assertThatCode(() -> index.search(huge, "public")).doesNotThrowAnyException();
        assertThatCode(() -> index.index.suggest(huge, Set.of("public"), 8)).doesNotThrowAnyException();
        String manyTypos = "abcdx abcdy abcdz abcdw ".repeat(50);
        assertThatCode(() -> index.search(manyTypos, "public")).doesNotThrowAnyException();
    }

    @Test
    void stop_words_alone_still_search_the_words_as_written() {
        assertThat(ids("the")).containsExactly("d1");
        assertThat(ids("the shipyards")).containsExactly("d3");
    }

    @Test
    void a_hit_and_a_suggestion_carry_the_link_the_document_was_written_with(@TempDir Path own) throws Exception {
        try (TestIndex linked = TestIndex.open(own).put(
                TestIndex.post("l1", "Linked governance charter", "How the board works").link("forum/topics/7").build(),
                TestIndex.post("l2", "Unlinked governance memo", "No page of its own").build())) {
            SearchResults r = linked.index.search(SearchRequest.of("governance", java.util.Set.of("public")));
            assertThat(r.hits()).extracting(SearchResults.Hit::id, SearchResults.Hit::link)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("l1", "forum/topics/7"),
                            org.assertj.core.groups.Tuple.tuple("l2", null));
            assertThat(linked.index.suggest("linked gov", java.util.Set.of("public"), 5))
                    .extracting(Suggestion::id, Suggestion::link)
                    .contains(org.assertj.core.groups.Tuple.tuple("l1", "forum/topics/7"));
        }
    }

    @Test
    void ids_lists_every_live_document_and_no_deleted_one(@TempDir Path own) throws Exception {
        try (TestIndex small = TestIndex.open(own).put(
                TestIndex.post("k1", "One", "first").build(), TestIndex.post("k2", "Two", "second").build(),
                TestIndex.post("k3", "Three", "third").build())) {
            small.remove("k2");
            assertThat(small.index.ids()).containsExactlyInAnyOrder("k1", "k3");
        }
    }

    @Test
    void each_word_may_be_in_a_different_part_of_the_document(@TempDir Path own) throws Exception {
        try (TestIndex parts = TestIndex.open(own).put(
                TestIndex.post("p1", "Shipyard charter", "How the board meets").tags("maritime").build(),
                TestIndex.post("p2", "Board rules", "Nothing about ships").build(),
                TestIndex.italianPost("p3", "Statuto del cantiere", "Come si riunisce il consiglio").tags("marittimo").build())) {
            SearchRequest titleBodyTag = SearchRequest.of("shipyards meeting maritime", Set.of("public"));
            assertThat(parts.index.search(titleBodyTag).hits()).extracting(SearchResults.Hit::id).containsExactly("p1");
            // a tag matches as written too, in a document of the other language
            assertThat(parts.index.search(SearchRequest.of("marittimo consiglio", Set.of("public"))).hits())
                    .extracting(SearchResults.Hit::id).containsExactly("p3");
            // the snippet still marks the body's word, though matching ran on the combined field
            assertThat(parts.index.search(titleBodyTag).hits().get(0).snippet()).contains("<mark>meets</mark>");
        }
    }

    @Test
    void a_title_or_tag_match_outranks_the_word_repeated_in_a_body(@TempDir Path own) throws Exception {
        String longBody = "The region renewed it for the next three years after a long review of the results "
                + "that the members and the board presented at the annual meeting in the spring of last year";
        try (TestIndex ranked = TestIndex.open(own).put(
                TestIndex.post("r1", "Notes", "funding, funding and more funding").build(),
                TestIndex.post("r2", "Funding", longBody).build(),
                TestIndex.post("r3", "Minutes", longBody + " with funding").tags("funding").build())) {
            assertThat(ranked.index.search(SearchRequest.of("funding", Set.of("public"))).hits())
                    .extracting(SearchResults.Hit::id).containsExactly("r2", "r3", "r1");
        }
    }

    @Test
    void pages_by_relevance_follow_the_order_of_one_long_list(@TempDir Path own) throws Exception {
        try (TestIndex many = TestIndex.open(own)) {
            SearchDocument[] documents = new SearchDocument[150];
            for (int i = 0; i < documents.length; i++) {
                documents[i] = TestIndex.post("m" + i, i % 7 == 0 ? "Funding call " + i : "Note " + i,
                        "funding ".repeat(1 + i % 5) + "and some other words " + i).build();
            }
            many.put(documents);
            // pages of 50 and pages of 10 cross the window that titles re-order at different places
            SearchRequest all = SearchRequest.of("funding", Set.of("public"));
            List<String> oneList = new java.util.ArrayList<>();
            for (int offset = 0; offset < 150; offset += 50) {
                many.index.search(all.page(offset, 50)).hits().forEach(h -> oneList.add(h.id()));
            }
            List<String> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < 150; offset += 10) {
                many.index.search(all.page(offset, 10)).hits().forEach(h -> paged.add(h.id()));
            }
            assertThat(oneList).hasSize(150).doesNotHaveDuplicates();
            assertThat(paged).containsExactlyElementsOf(oneList);
        }
    }
}
