package eu.clus3.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionTest {

    @TempDir
    static Path dir;
    static TestIndex index;

    @BeforeAll
    static void fill() throws Exception {
        index = TestIndex.open(dir).put(Corpus.documents());
        index.put(
                SearchDocument.builder("c1").type("cluster").title("DITENAVE Distretto Tecnologico Navale")
                        .language(Language.ITALIAN).visibleTo("public").build(),
                SearchDocument.builder("u1").type("person").title("Anna Bianchi").visibleTo("public").build(),
                SearchDocument.builder("u2").type("person").title("Niccolò Ferré").visibleTo("public").build(),
                TestIndex.post("t1", "Digitalisation roadmap", "").tags("digital-twins", "dig").build());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static List<String> suggest(String typed) {
        return index.index.suggest(typed, Set.of("public"), 8).stream().map(Suggestion::text).toList();
    }

    @Test
    void starts_at_two_letters() {
        assertThat(suggest("d")).isEmpty();
        assertThat(suggest(" ")).isEmpty();
        assertThat(suggest("di")).isNotEmpty();
    }

    @Test
    void suggests_titles_whose_words_start_with_what_was_typed() {
        assertThat(suggest("shipy")).containsExactly("Digital transformation of shipyards");
        assertThat(suggest("nava")).containsExactly("DITENAVE Distretto Tecnologico Navale");
    }

    @Test
    void every_typed_word_must_start_a_word_of_the_title() {
        assertThat(suggest("distr nav")).containsExactly("DITENAVE Distretto Tecnologico Navale");
        assertThat(suggest("distr xyz")).isEmpty();
    }

    @Test
    void suggests_people_by_first_or_last_name_without_accents() {
        assertThat(suggest("bian")).containsExactly("Anna Bianchi");
        assertThat(suggest("niccolo fer")).containsExactly("Niccolò Ferré");
        assertThat(index.index.suggest("ferr", Set.of("public"), 5)).singleElement()
                .isEqualTo(new Suggestion(Suggestion.Kind.DOCUMENT, "Niccolò Ferré", "u2", "person"));
    }

    @Test
    void suggests_tags_that_start_with_the_last_word() {
        List<Suggestion> s = index.index.suggest("digital-t", Set.of("public"), 8);
        assertThat(s).contains(new Suggestion(Suggestion.Kind.TAG, "digital-twins", null, "tag"));
        assertThat(index.index.suggest("dig", Set.of("public"), 8))
                .filteredOn(x -> x.kind() == Suggestion.Kind.TAG).extracting(Suggestion::text)
                .containsExactly("dig", "digital");
    }

    @Test
    void returns_at_most_the_limit() {
        assertThat(index.index.suggest("di", Set.of("public"), 2)).hasSize(2);
    }

    @Test
    void offers_nothing_the_viewer_may_not_see() {
        assertThat(index.index.suggest("bian", Set.of("group:x"), 8)).isEmpty();
    }
}
