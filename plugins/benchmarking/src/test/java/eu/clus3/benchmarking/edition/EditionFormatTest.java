package eu.clus3.benchmarking.edition;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Edition files in JSON (the platform's JSON mapping, through the test kit) and YAML: reading, faults, writing. */
class EditionFormatTest {

    private final EditionFormat format = new EditionFormat(new TestModuleContext("benchmarking", BenchmarkingPlugin.class).json());
    private final Edition shipped = format.readJson(DefaultEdition.json());

    @Test
    void theDefaultEditionHasThirtySixIndicatorsInSixAreasInEnglishAndItalian() {
        Edition edition = shipped;

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
        Edition edition = shipped;

        assertThat(format.readJson(format.writeJson(edition))).isEqualTo(edition);
    }

    @Test
    void theJsonFileListsItsFieldsInTheFilesOwnOrder() {
        assertThat(format.writeJson(shipped)).startsWith("{\"id\":\"clus3-2026\",\"title\":{\"en\":\"Clus3 cluster")
                .contains("\"scale\":{\"kind\":\"number\",\"unit\":{\"en\":\"members\"");
    }

    @Test
    void jsonAsEditorsWriteItReads() {
        // indented with tabs, escaped slashes and Unicode: valid JSON that is not YAML
        String json = "{\n\t\"id\": \"e-tabs\",\n\t\"title\": {\"en\": \"A\\/B \\u00e8\"},\n\t\"areas\": [{\"id\": \"1\","
                + " \"name\": \"A\", \"indicators\": [\n\t\t{\"id\": \"1.1\", \"name\": \"x\", \"measures\": \"x\","
                + " \"scale\": {\"kind\": \"percent\", \"max\": 1e2}, \"scoring\": {\"rule\": \"at_most\", \"thresholds\": [50, 2.5E1]}}]}]}";

        Edition e = format.readJson(json);

        assertThat(e.title().en()).isEqualTo("A/B è");
        assertThat(e.indicator("1.1").orElseThrow().scale().max()).isEqualTo(100.0);
        assertThat(e.indicator("1.1").orElseThrow().scoring().thresholds()).containsExactly(50.0, 25.0);
    }

    @Test
    void jsonNestedDeeperThanAnEditionGoesOrTooLongIsRefusedBeforeItIsRead() {
        String deep = "{\"id\": \"e\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String deepInText = "{\"id\": \"e\", \"title\": \"" + "[{".repeat(50) + "\\\"\"}";

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> format.readJson(deep)).isInstanceOf(InvalidEditionException.class)
                        .hasMessageContaining("refused: nested deeper than 40 levels"));
        assertThat(EditionFormat.nesting(deepInText)).as("brackets in text are text").isEqualTo(1);
        assertThat(EditionFormat.nesting(format.writeJson(shipped))).isLessThan(10);
        assertThatThrownBy(() -> format.readJson("{\"id\": \"" + "x".repeat(EditionYaml.MAX_CHARS) + "\"}"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("at most");
    }

    @Test
    void theFaultsOfAFileAreListedWithoutReadingItTwice() {
        assertThat(format.faults(format.writeYaml(shipped), EditionFormat.Syntax.YAML)).isEmpty();
        assertThat(format.faults("id: e\nareas: []\n", EditionFormat.Syntax.YAML)).containsExactly(
                "title: missing (line 1)", "areas: missing or empty (an edition needs at least one area) (line 2)");
        assertThat(format.faults("{\"id\": 1}", EditionFormat.Syntax.JSON)).contains(
                "id: must be text, not the number 1 (in YAML write it in quotes: \"1\")");
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

        InvalidEditionException e = catchThrowableOfType(InvalidEditionException.class, () -> format.readJson(json));

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

        InvalidEditionException e = catchThrowableOfType(InvalidEditionException.class, () -> format.readJson(json));

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
        assertThatThrownBy(() -> format.readJson("{\"id\": \"e\",\n \"areas\": [}"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("not JSON").hasMessageContaining("line 2");
        assertThatThrownBy(() -> format.readJson("[1, 2]"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("one JSON object");
    }

    // --- YAML ---------------------------------------------------------------------------------------

    @Test
    void theDefaultEditionAsYamlReadsBackToTheSameEditionAsItsJson() {
        Edition edition = shipped;

        String yaml = format.writeYaml(edition);

        assertThat(yaml).startsWith("id: clus3-2026").contains("Maturità della gestione del cluster").doesNotContain("{\"");
        assertThat(format.readYaml(yaml)).isEqualTo(format.readJson(format.writeJson(edition))).isEqualTo(edition);
        assertThat(format.writeJson(format.readYaml(yaml))).isEqualTo(format.writeJson(edition));
    }

    @Test
    void aHandWrittenYamlEditionWithDatesYesNoAndPlainTextReads() {
        String yaml = """
                id: e-yaml
                title: {en: Test, it: Prova}
                published: 2026-01-15
                areas:
                  - id: "1"
                    name: Struttura
                    indicators:
                      - id: "1.1"
                        name: {en: Members, it: Membri}
                        measures: How many
                        scale: {kind: number, unit: members, min: 0, max: 1000}
                        scoring: {rule: at_least, thresholds: [10, 20, 30.5]}
                        mandatory: yes
                """;

        Edition e = format.readYaml(yaml);

        assertThat(e.published()).isEqualTo("2026-01-15");
        assertThat(e.areas().get(0).id()).isEqualTo("1");
        assertThat(e.indicator("1.1").orElseThrow().mandatory()).isTrue();
        assertThat(e.indicator("1.1").orElseThrow().scoring().thresholds()).containsExactly(10.0, 20.0, 30.5);
    }

    @Test
    void aBrokenYamlEditionListsEveryFaultWithItsLine() {
        String yaml = """
                id: e1
                title: Test
                areas:
                  - id: "1"
                    name: A
                    indicators:
                      - {id: "1.1", name: x, measures: x, scale: {kind: yes_no}, scoring: {rule: yes_no}}
                      - {id: "1.1", name: y, measures: y, scale: {kind: dial}, scoring: {rule: yes_no}}
                  - id: "1"
                    name: B
                """;

        InvalidEditionException e = catchThrowableOfType(InvalidEditionException.class, () -> format.readYaml(yaml));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "areas[0].indicators[1].id: duplicate indicator id '1.1' (already used at areas[0].indicators[0].id) (line 8)",
                "areas[0].indicators[1].scale.kind: 'dial' is not one of levels, number, percent, yes_no (line 8)",
                "areas[1].id: duplicate area id '1' (already used at areas[0].id) (line 9)",
                "areas[1].indicators: missing or empty (an area needs at least one indicator) (line 9)");
    }

    @Test
    void textThatIsNotYamlSaysWhere() {
        assertThatThrownBy(() -> format.readYaml("id: e\nareas: [\n  - x\n  y: : z"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("not YAML").hasMessageContaining("line");
        assertThatThrownBy(() -> format.readYaml("id: e\nid: f\n"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> format.readYaml("- 1\n- 2\n"))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("one YAML mapping");
        assertThatThrownBy(() -> format.readYaml("  "))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("empty");
    }

    @Test
    void anAliasBombIsRefusedAtOnce() {
        String laughs = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        // within the alias limit, yet a hundred thousand values once expanded
        String fewAliasesManyNodes = "a: &a [" + "1,".repeat(999) + "1]\n"
                + "b: &b [" + "*a,".repeat(9) + "*a]\n"
                + "c: [" + "*b,".repeat(9) + "*b]\n";

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> format.readYaml(laughs))
                    .isInstanceOf(InvalidEditionException.class).hasMessageContaining("refused");
            assertThatThrownBy(() -> format.readYaml(fewAliasesManyNodes))
                    .isInstanceOf(InvalidEditionException.class).hasMessageContaining("refused");
        });
    }

    @Test
    void yamlTagsNeverMakeObjectsAndDeepNestingIsRefused() {
        String javaTags = """
                id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:9/"]]]]
                title: Test
                """;
        String localTags = """
                id: e
                title: !custom Test
                areas: !!set {a, b}
                """;

        assertThatThrownBy(() -> format.readYaml(javaTags)).isInstanceOf(InvalidEditionException.class)
                .hasMessageContaining("tag").hasMessageContaining("not allowed").hasMessageContaining("line 1");
        InvalidEditionException e = catchThrowableOfType(InvalidEditionException.class, () -> format.readYaml(localTags));
        assertThat(e.problems()).contains("title: the tag !custom is not allowed (line 2)",
                "areas: the tag tag:yaml.org,2002:set is not allowed (line 3)");
        assertThatThrownBy(() -> format.readYaml("a: " + "[".repeat(200) + "]".repeat(200)))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("refused");
        assertThatThrownBy(() -> format.readYaml("a: " + "x".repeat(EditionYaml.MAX_CHARS)))
                .isInstanceOf(InvalidEditionException.class).hasMessageContaining("at most");
    }

    @Test
    void theContentTypeOrTheFileNameSaysWhichSyntax() {
        assertThat(EditionFormat.Syntax.of("application/yaml", "{}")).isEqualTo(EditionFormat.Syntax.YAML);
        assertThat(EditionFormat.Syntax.of("text/yaml; charset=utf-8", "")).isEqualTo(EditionFormat.Syntax.YAML);
        assertThat(EditionFormat.Syntax.of("application/json", "id: x")).isEqualTo(EditionFormat.Syntax.JSON);
        assertThat(EditionFormat.Syntax.of("text/plain", "  {\"id\": 1}")).isEqualTo(EditionFormat.Syntax.JSON);
        assertThat(EditionFormat.Syntax.of("text/plain", "id: x")).isEqualTo(EditionFormat.Syntax.YAML);
        assertThat(EditionFormat.Syntax.ofFileName("edition.YML")).isEqualTo(EditionFormat.Syntax.YAML);
        assertThat(EditionFormat.Syntax.ofFileName("edition.json")).isEqualTo(EditionFormat.Syntax.JSON);
    }
}
