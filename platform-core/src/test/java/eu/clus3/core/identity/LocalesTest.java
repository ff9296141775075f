package eu.clus3.core.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way an API answer's language is chosen: lang, else Accept-Language's best supported, else English. */
class LocalesTest {

    @Test
    void lang_wins_then_the_best_accepted_language_then_english() {
        assertThat(Locales.requested("it", List.of(Locale.ENGLISH))).isEqualTo(Locale.ITALIAN);
        assertThat(Locales.requested(" it ", null)).isEqualTo(Locale.ITALIAN);
        assertThat(Locales.requested(null, List.of(Locale.GERMAN, Locale.ITALY, Locale.ENGLISH))).isEqualTo(Locale.ITALIAN);
        assertThat(Locales.requested("xx", List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.bestOf(List.of())).isEqualTo(Locale.ENGLISH);
    }
}
