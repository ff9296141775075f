package eu.clus3.search;

import eu.clus3.search.UserQuery.Filter;
import eu.clus3.search.UserQuery.Filter.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class UserQueryTest {

    private static final List<String> DIMENSIONS = List.of("cluster", "region");

    private static UserQuery parse(String text) {
        return UserQuery.parse(text, DIMENSIONS);
    }

    private static List<String> words(UserQuery q) {
        return q.terms().stream().map(UserQuery.Term::text).toList();
    }

    @Test
    void plain_words_are_terms() {
        UserQuery q = parse("  cluster   governance ");
        assertThat(words(q)).containsExactly("cluster", "governance");
        assertThat(q.filters()).isEmpty();
        assertThat(q.matchesAll()).isFalse();
    }

    @Test
    void quoted_text_is_a_phrase() {
        UserQuery q = parse("about \"open innovation\" now");
        assertThat(q.terms()).extracting(UserQuery.Term::text, UserQuery.Term::phrase)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("about", false),
                        org.assertj.core.groups.Tuple.tuple("open innovation", true),
                        org.assertj.core.groups.Tuple.tuple("now", false));
    }

    @Test
    void a_leading_minus_excludes_a_word_a_phrase_or_a_filter() {
        UserQuery q = parse("energy -solar -\"wind farm\" -in:event");
        assertThat(q.terms()).extracting(UserQuery.Term::text, UserQuery.Term::excluded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("energy", false),
                        org.assertj.core.groups.Tuple.tuple("solar", true),
                        org.assertj.core.groups.Tuple.tuple("wind farm", true));
        assertThat(q.filters()).containsExactly(new Filter(Kind.TYPE, "type", "event", true));
    }

    @Test
    void in_tag_author_language_and_known_dimensions_are_filters() {
        UserQuery q = parse("in:topic tag:governance @anna cluster:ditenave region:\"Friuli Venezia Giulia\" language:it");
        assertThat(q.terms()).isEmpty();
        assertThat(q.matchesAll()).isTrue();
        assertThat(q.filters()).containsExactly(
                new Filter(Kind.TYPE, "type", "topic", false),
                new Filter(Kind.TAG, "tag", "governance", false),
                new Filter(Kind.AUTHOR, "author", "anna", false),
                new Filter(Kind.FACET, "cluster", "ditenave", false),
                new Filter(Kind.FACET, "region", "Friuli Venezia Giulia", false),
                new Filter(Kind.LANGUAGE, "language", "it", false));
    }

    @Test
    void before_and_after_take_a_day_a_month_or_a_year() {
        UserQuery q = parse("before:2024-05-02 after:2023-11");
        assertThat(q.before()).contains(Instant.parse("2024-05-02T00:00:00Z"));
        assertThat(q.after()).contains(Instant.parse("2023-11-01T00:00:00Z"));
        assertThat(parse("after:2020").after()).contains(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void an_unknown_key_or_empty_value_or_bad_date_is_read_as_words() {
        assertThat(words(parse("foo:bar"))).containsExactly("foo", "bar");
        assertThat(parse("-foo:bar").terms()).allMatch(UserQuery.Term::excluded);
        assertThat(words(parse("in:"))).containsExactly("in");
        assertThat(words(parse("before:2024-13-45"))).containsExactly("before", "2024-13-45");
        assertThat(parse("before:2024-13-45").before()).isEmpty();
        assertThat(words(parse("sector:energy"))).containsExactly("sector", "energy");
    }

    @Test
    void an_unbalanced_quote_is_dropped_and_the_rest_read_as_words() {
        UserQuery q = parse("\"open innovation");
        assertThat(words(q)).containsExactly("open", "innovation");
        assertThat(q.terms()).noneMatch(UserQuery.Term::phrase);
        assertThat(words(parse("cluster:\"dite nave"))).containsExactly("cluster", "dite", "nave");
    }

    @Test
    void a_lone_minus_or_at_sign_is_ignored() {
        assertThat(parse("- @ -").terms()).extracting(UserQuery.Term::text).containsExactly("@");
        assertThat(parse("- -").terms()).isEmpty();
    }

    @Test
    void huge_input_is_cut_to_a_bounded_query() {
        UserQuery q = parse("word ".repeat(100_000));
        assertThat(q.text()).hasSize(UserQuery.MAX_LENGTH);
        assertThat(q.terms()).hasSize(UserQuery.MAX_TERMS);
    }

    @Test
    void a_term_can_be_replaced_in_the_text() {
        UserQuery q = parse("in:post goverance \"energy\"");
        assertThat(q.replacing(0, "governance")).isEqualTo("in:post governance \"energy\"");
        UserQuery split = parse("foo:goverance");
        assertThat(split.replacing(1, "governance")).isEqualTo("foo:governance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\"", "\"\"", "\"\"\"", "-", "--", "-\"", ":", "::", "in:", "in::", "@", "@@",
            "tag:", "tag:\"", "before:", "after:x", "cluster:\"\"", "a:b:c:d", "-in:", "((a))", "a AND OR NOT b",
            "*", "?", "\\", "\\\"", "ﷺ", "مرحبا بالعالم", "\u202Eevil\u202C", "h\u0327\u0338\u031be\u0337l\u0334l\u0335o",
            "\uD83D\uDE00\uD83D", "\u0000\u0001", "title:(x OR y)^3~2", "😀 -😀 \"😀\""})
    void garbage_never_throws(String input) {
        assertThatCode(() -> parse(input)).doesNotThrowAnyException();
    }

    @Test
    void random_input_never_throws() {
        Random random = new Random(42);
        String alphabet = "ab \"-:@in tag:before:2024-01-01\u0301\u200F😀\\*?()";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> parse(s.toString())).as(s.toString()).doesNotThrowAnyException();
        }
    }
}
