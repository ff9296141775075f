package eu.clus3.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;
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
     * No new cycle between the core's feature packages. The cycles that existed when this test was written (identity,
     * cluster and search know each other; see docs/architecture.md) are frozen in {@code archunit-frozen/}: they are
     * reported there, fail nothing, and leave the record when resolved; any other cycle fails.
     */
    @Test
    void the_cores_feature_packages_form_no_new_cycle() {
        freeze(slices().matching("eu.clus3.core.(*)..").should().beFreeOfCycles()).check(PLATFORM);
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
