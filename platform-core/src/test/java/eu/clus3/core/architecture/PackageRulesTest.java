package eu.clus3.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, held by tests: feature packages of the core never form a cycle, the
 * plugin API knows nothing of the platform, the search library nothing of ours, and the core nothing of the UI.
 */
class PackageRulesTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.clus3.core", "eu.clus3.plugin.api", "eu.clus3.search");

    /**
     * The cycles between the core's feature packages that existed when this test was written: {@code cluster},
     * {@code identity} and {@code search} know each other (docs/architecture.md, "Package rules"). Resolve them, and
     * take them out of this list; never add one.
     */
    private static final Set<String> KNOWN_CYCLES = Set.of(
            "cluster -> identity -> cluster",
            "cluster -> identity -> search -> cluster",
            "cluster -> search -> cluster",
            "cluster -> search -> identity -> cluster",
            "identity -> search -> identity");

    /** No cycle between the core's feature packages but the known ones (compared by the packages they go through). */
    @Test
    void the_cores_feature_packages_form_no_new_cycle() {
        EvaluationResult result = slices().matching("eu.clus3.core.(*)..").should().beFreeOfCycles().evaluate(PLATFORM);
        Set<String> found = new TreeSet<>();
        for (String violation : result.getFailureReport().getDetails()) {
            Matcher m = CYCLE.matcher(violation);
            if (m.find()) {
                found.add(normalised(SLICE.matcher(m.group()).results().map(r -> r.group(1)).toList()));
            }
        }
        assertThat(found).as("cycles between the core's packages").isNotEmpty().isSubsetOf(KNOWN_CYCLES);
    }

    private static final Pattern CYCLE = Pattern.compile("Cycle detected: (Slice \\w+ -> \\s*)+Slice \\w+");
    private static final Pattern SLICE = Pattern.compile("Slice (\\w+)");

    /** A cycle written from its alphabetically first package, so the same cycle always reads the same. */
    private static String normalised(List<String> path) {
        List<String> ring = path.subList(0, path.size() - 1);
        int first = ring.indexOf(ring.stream().min(String::compareTo).orElseThrow());
        List<String> rotated = new ArrayList<>(ring.subList(first, ring.size()));
        rotated.addAll(ring.subList(0, first));
        rotated.add(rotated.get(0));
        return String.join(" -> ", rotated);
    }

    /** The module host, the API layer and the audit trail are out of every cycle, and must stay so. */
    @Test
    void the_api_layer_modules_and_audit_are_in_no_cycle() {
        noClasses().that().resideInAPackage("eu.clus3.core.api..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.clus3.core.modules..", "eu.clus3.core.identity..",
                        "eu.clus3.core.cluster..", "eu.clus3.core.forum..", "eu.clus3.core.search..")
                .check(PLATFORM);
        noClasses().that().resideInAPackage("eu.clus3.core.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.clus3.core.identity..", "eu.clus3.core.cluster..",
                        "eu.clus3.core.modules..")
                .check(PLATFORM);
        noClasses().that().resideOutsideOfPackages("eu.clus3.core.modules..", "eu.clus3.core.platform..",
                        "eu.clus3.core.demo..", "eu.clus3.core.health..")
                .and().resideInAPackage("eu.clus3.core..")
                .should().dependOnClassesThat().resideInAPackage("eu.clus3.core.modules..")
                .check(PLATFORM);
    }

    @Test
    void the_plugin_api_knows_nothing_of_the_platform() {
        noClasses().that().resideInAPackage("eu.clus3.plugin.api..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.clus3.core..", "eu.clus3.search..", "eu.clus3.ui..")
                .check(PLATFORM);
    }

    @Test
    void the_search_library_knows_nothing_of_ours() {
        noClasses().that().resideInAPackage("eu.clus3.search..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.clus3.core..", "eu.clus3.plugin..", "eu.clus3.ui..")
                .check(PLATFORM);
    }

    @Test
    void the_core_knows_nothing_of_the_ui() {
        noClasses().that().resideInAPackage("eu.clus3.core..")
                .should().dependOnClassesThat().resideInAPackage("eu.clus3.ui..")
                .check(PLATFORM);
    }
}
