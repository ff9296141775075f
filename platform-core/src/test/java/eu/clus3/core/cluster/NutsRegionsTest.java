package eu.clus3.core.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The NUTS codes the platform knows by name, and which codes it accepts at all. */
class NutsRegionsTest {

    @Test
    void friuli_venezia_giulia_and_its_provinces_are_named() {
        assertThat(NutsRegions.name("ITH4")).contains("Friuli-Venezia Giulia");
        assertThat(NutsRegions.name("ITH44")).contains("Trieste");
        assertThat(NutsRegions.name("ITH41")).contains("Pordenone");
        assertThat(NutsRegions.name("IT")).contains("Italia");
        assertThat(NutsRegions.named()).containsEntry("ITH42", "Udine").containsEntry("ITH43", "Gorizia");
    }

    @Test
    void named_codes_are_well_formed() {
        assertThat(NutsRegions.named().keySet()).isNotEmpty().allMatch(NutsRegions::isWellFormed);
    }

    @Test
    void an_unknown_country_is_refused() {
        assertThat(NutsRegions.isWellFormed("XX1")).isFalse();
        assertThat(NutsRegions.isWellFormed("XX")).isFalse();
        assertThat(NutsRegions.name("XX1")).isEmpty();
    }

    @Test
    void lower_case_is_refused() {
        assertThat(NutsRegions.isWellFormed("ith4")).isFalse();
        assertThat(NutsRegions.isWellFormed("itH44")).isFalse();
        assertThat(NutsRegions.name("ith4")).isEmpty();
    }

    @Test
    void a_deeper_code_of_a_known_country_is_well_formed_but_has_no_name() {
        assertThat(NutsRegions.isWellFormed("DE212")).isTrue();
        assertThat(NutsRegions.name("DE212")).isEmpty();
        assertThat(NutsRegions.isWellFormed("ITH49")).isTrue();
        assertThat(NutsRegions.name("ITH49")).isEmpty();
    }

    @Test
    void malformed_codes_are_refused() {
        for (String bad : new String[]{"", "I", "ITH4!", "ITH441", "ITH 4", " ITH4", "1TH4", "IT-H4", null}) {
            assertThat(NutsRegions.isWellFormed(bad)).as(String.valueOf(bad)).isFalse();
        }
    }
}
