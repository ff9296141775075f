package eu.clus3.benchmarking.edition;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EditionFormatTest {

    @Test
    void theDefaultEditionHasThirtySixIndicatorsInSixAreasInEnglishAndItalian() {
        Edition edition = DefaultEdition.load();

        assertThat(edition.areas()).hasSize(6);
        assertThat(edition.indicators()).hasSize(36);
        assertThat(edition.areas()).extracting(a -> a.name().en()).containsExactly("Structure of the cluster",
                "Cluster management and governance", "Financing of the cluster management",
                "Services of the cluster management", "Contacts and interaction within the cluster",
                "Achievements and recognition");
        assertThat(edition.indicators()).allSatisfy(i -> {
            assertThat(i.name().it()).isNotBlank();
            assertThat(i.measures().it()).isNotBlank();
            assertThat(i.guidance().en()).isNotBlank();
            assertThat(i.evidence().it()).isNotBlank();
        });
        assertThat(edition.indicator("2.2").orElseThrow().name().in(Locale.ITALIAN)).isEqualTo("Personale dedicato alla gestione");
    }

    @Test
    void anExportedEditionImportsUnchanged() {
        Edition edition = DefaultEdition.load();

        assertThat(EditionFormat.read(EditionFormat.write(edition))).isEqualTo(edition);
    }

    @Test
    void duplicateIdsAreAllNamedWithWhereTheyAre() {
        String json = """
                {"id": "e1", "title": "Test", "areas": [
                  {"id": "1", "name": "A", "indicators": [
                    {"id": "1.1", "name": "x", "measures": "x", "scale": {"kind": "yes_no"}, "scoring": {"rule": "yes_no"}},
                    {"id": "1.1", "name": "y", "measures": "y", "scale": {"kind": "yes_no"}, "scoring": {"rule": "yes_no"}}]},
                  {"id": "1", "name": "B", "indicators": [
                    {"id": "2.1", "name": "z", "measures": "z", "scale": {"kind": "yes_no"}, "scoring": {"rule": "yes_no"}}]}]}
                """;

        InvalidEditionException e = catchThrowableOfType(InvalidEditionException.class, () -> EditionFormat.read(json));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "areas[0].indicators[1].id: duplicate indicator id '1.1' (already used at areas[0].indicators[0].id)",
                "areas[1].id: duplicate area id '1' (already used at areas[0].id)");
    }

    @Test
    void aBrokenStructureListsEveryFault() {
        String json = """
                {"title": {"it": "solo italiano"}, "areas": [
                  {"id": "1", "name": "A", "indicators": [
                    {"id": "1.1", "name": "x", "scale": {"kind": "dial"}, "scoring": {"rule": "yes_no"}},
                    {"id": "1.2", "name": "y", "measures": "y", "scale": {"kind": "levels", "levels": ["only one"]},
                     "scoring": {"rule": "level"}},
                    {"id": "1.3", "name": "z", "measures": "z", "scale": {"kind": "percent"},
                     "scoring": {"rule": "at_least", "thresholds": [50, 20, 120]}},
                    {"id": "1.4", "name": "w", "measures": "w", "scale": {"kind": "yes_no"}, "scoring": {"rule": "level"}}]},
                  {"id": "2", "name": "B", "indicators": []}]}
                """;

        InvalidEditionException e = catchThrowableOfType(InvalidEditionException.class, () -> EditionFormat.read(json));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "id: missing",
                "title.en: the English text is missing",
                "areas[0].indicators[0].measures: missing",
                "areas[0].indicators[0].scale.kind: 'dial' is not one of levels, number, percent, yes_no",
                "areas[0].indicators[1].scale.levels: a levels scale needs at least two described levels",
                "areas[0].indicators[2].scoring.thresholds[1]: must be above the one before",
                "areas[0].indicators[2].scoring.thresholds[2]: 120.0 lies outside the scale",
                "areas[0].indicators[3].scoring.rule: level does not fit a yes_no scale",
                "areas[1].indicators: missing or empty (an area needs at least one indicator)");
        assertThat(e.getMessage()).startsWith("The edition file has 9 problems: ");
    }

    @Test
    void textThatIsNotJsonSaysWhere() {
        assertThatThrownBy(() -> EditionFormat.read("{\"id\": \"e\",\n \"areas\": [}"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("not JSON").hasMessageContaining("line 2");
        assertThatThrownBy(() -> EditionFormat.read("[1, 2]"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("one JSON object");
    }
}
