package eu.clus3.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisTest {

    @Test
    void english_text_is_stemmed_and_stop_words_dropped() {
        assertThat(Analysis.tokens(Analysis.english(), "f", "The clusters are growing"))
                .containsExactly("cluster", "grow");
        assertThat(Analysis.tokens(Analysis.english(), "f", "The organisation's managers"))
                .containsExactly("organis", "manag");
    }

    @Test
    void italian_text_is_stemmed_elisions_removed_and_stop_words_dropped() {
        assertThat(Analysis.tokens(Analysis.italian(), "f", "Le reti dell'innovazione digitale"))
                .containsExactly("reti", "innovazion", "digital");
        assertThat(Analysis.tokens(Analysis.italian(), "f", "progetti progetto"))
                .containsExactly("progett", "progett");
        assertThat(Analysis.tokens(Analysis.italian(), "f", "l'analisi delle filiere"))
                .containsExactly("analis", "filier");
    }

    @Test
    void accents_are_folded_so_that_typing_without_them_matches() {
        for (var analyzer : new org.apache.lucene.analysis.Analyzer[]{Analysis.english(), Analysis.italian(), Analysis.words()}) {
            assertThat(Analysis.tokens(analyzer, "f", "perché caffè Università"))
                    .isEqualTo(Analysis.tokens(analyzer, "f", "perche CAFFE universita"));
        }
        assertThat(Analysis.tokens(Analysis.english(), "f", "Über naïve façade")).containsExactly("uber", "naiv", "facad");
    }

    @Test
    void italian_stop_words_with_accents_are_dropped_even_when_typed_without_accent() {
        assertThat(Analysis.tokens(Analysis.italian(), "f", "più piu è")).isEmpty();
    }

    @Test
    void combining_marks_zalgo_and_direction_marks_are_stripped() {
        String zalgo = "h\u0327\u0338\u031be\u0337l\u0334l\u0335o";
        assertThat(Analysis.tokens(Analysis.words(), "f", "e\u0301te\u0301 " + zalgo + " \u200Fשלום"))
                .containsExactly("ete", "hello", "שלום");
    }

    @Test
    void an_english_word_and_its_italian_cognate_meet_in_the_italian_field() {
        assertThat(Analysis.tokens(Analysis.italian(), "f", "digital"))
                .isEqualTo(Analysis.tokens(Analysis.italian(), "f", "digitale"));
    }

    @Test
    void suggestions_index_every_word_prefix_from_two_letters() {
        assertThat(Analysis.tokens(Analysis.suggestIndex(), "f", "Distretto Navale"))
                .startsWith("di", "dis")
                .contains("distretto", "na", "navale")
                .doesNotContain("d", "n");
    }

    @Test
    void keywords_are_compared_lower_case_and_without_accents() {
        assertThat(Analysis.foldKeyword(" Àrea-Nord ")).isEqualTo("area-nord");
        assertThat(Analysis.foldKeyword(null)).isEmpty();
    }
}
