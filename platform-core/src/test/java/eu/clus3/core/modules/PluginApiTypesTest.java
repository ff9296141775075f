package eu.clus3.core.modules;

import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.PlatformRole;

import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.PlatformPermission;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.StaleDocumentException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin API's typed names are the platform's own: a module's check can never name what does not exist. */
class PluginApiTypesTest {

    @Test
    void the_api_names_every_platform_permission_role_and_cluster_role() {
        assertThat(names(PlatformPermission.values())).isEqualTo(names(Permission.values()));
        assertThat(names(eu.clus3.plugin.api.PlatformRole.values())).isEqualTo(names(PlatformRole.values()));
        assertThat(names(eu.clus3.plugin.api.ClusterRole.values())).isEqualTo(names(ClusterRole.values()));
    }

    @Test
    void a_module_problem_becomes_the_platform_error_with_its_status_code_fields_and_version() {
        var stale = ModuleProblems.asPlatformError(ModuleProblem.staleVersion("Course 7", 4));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("error.staleVersion");
        assertThat(((eu.clus3.core.shared.ConflictException) stale).currentVersion()).isEqualTo(4L);

        var invalid = ModuleProblems.asPlatformError(ModuleProblem.invalid("title", "training.titleRequired", "A course needs a title"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.title()).isEqualTo("Invalid input");
        assertThat(invalid.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("title");
            assertThat(f.code()).isEqualTo("training.titleRequired");
        });
        assertThat(((eu.clus3.core.shared.ConflictException) invalid).currentVersion()).isNull();

        assertThat(ModuleProblems.asPlatformError(ModuleProblem.forbidden("x.no", "No")).title()).isEqualTo("Forbidden");
        assertThat(ModuleProblems.asPlatformError(ModuleProblem.signIn()).code()).isEqualTo("error.unauthenticated");
    }

    @Test
    void the_stores_refusals_become_the_platform_errors_the_ui_and_rest_show() {
        var stale = ModuleProblems.asPlatformError(new StaleDocumentException("Note a was changed", 3));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("error.staleVersion");
        assertThat(((eu.clus3.core.shared.ConflictException) stale).currentVersion()).isEqualTo(3L);

        var tooLarge = ModuleProblems.asPlatformError(new RefusedFileException(RefusedFileException.Reason.TOO_LARGE, "Over 10 MB"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("file");
            assertThat(f.code()).isEqualTo("module.fileTooLarge");
        });
        assertThat(ModuleProblems.asPlatformError(new RefusedFileException(RefusedFileException.Reason.TYPE_NOT_ACCEPTED, "An EXE"))
                .status()).isEqualTo(415);
        assertThat(ModuleProblems.asPlatformError(new RefusedFileException(RefusedFileException.Reason.EMPTY, "Empty"))
                .fieldErrors().get(0).code()).isEqualTo("module.fileEmpty");
    }

    private static String names(Enum<?>[] values) {
        return Arrays.toString(Arrays.stream(values).map(Enum::name).toArray());
    }
}
