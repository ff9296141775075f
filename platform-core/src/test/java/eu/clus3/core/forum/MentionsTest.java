package eu.clus3.core.forum;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a post mentions: @usernames in its text, not in code, links or e-mail addresses; at most twenty. */
class MentionsTest {

    @Test
    void usernames_after_an_at_sign_are_mentions_in_lower_case_without_a_closing_full_stop() {
        assertThat(Mentions.in("Thanks @Elena.Furlan and @paolo-devetak. See you, @mia!"))
                .containsExactly("elena.furlan", "paolo-devetak", "mia");
    }

    @Test
    void code_links_and_e_mail_addresses_are_not_mentions() {
        assertThat(Mentions.in("Write to info@cluster.example.org, run `notify @rita`, see [@chiara](https://x.example)"
                + "\n\n```\n@davide\n```")).isEmpty();
    }

    @Test
    void a_post_mentions_at_most_twenty_people() {
        String many = IntStream.range(0, 30).mapToObj(i -> "@user" + i).collect(Collectors.joining(" "));
        assertThat(Mentions.in(many)).hasSize(Mentions.MAX_PER_POST);
    }

    @Test
    void the_plain_text_of_a_post_drops_markup_and_keeps_typed_html_as_text() {
        assertThat(eu.clus3.core.shared.Markdown.toPlainText("**Bold** <script>alert(1)</script> [link](https://x.example)"))
                .isEqualTo("Bold <script>alert(1)</script> link");
    }
}
