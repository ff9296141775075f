package eu.clus3.core.forum;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForumSettingsTest {

    @Test
    void three_flags_hide_a_post_and_no_approval_is_asked_unless_configured() {
        assertThat(ForumSettings.from(k -> null)).isEqualTo(new ForumSettings(3, 0));
        assertThat(ForumSettings.from(Map.of(ForumSettings.FLAGS_TO_HIDE, " 5 ",
                ForumSettings.APPROVE_FIRST_POSTS, "2")::get)).isEqualTo(new ForumSettings(5, 2));
    }

    @Test
    void a_post_cannot_be_hidden_by_no_flag_at_all() {
        assertThatThrownBy(() -> ForumSettings.from(Map.of(ForumSettings.FLAGS_TO_HIDE, "0")::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
