package eu.clus3.plugin.testkit;

import eu.clus3.plugin.api.ModuleEvent;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.Settings;
import eu.clus3.plugin.api.SettingsContributor;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A module's settings in its tests: declared by its own {@code SettingsContributor} (found through the extension index
 * the compiler wrote, as the platform finds it in the jar), set by the test, checked and read by the platform's code.
 */
@OnEveryDatabase
class TestModuleSettingsTest {

    /** The settings of this test "module" (its classes are the kit's test classes). */
    @Extension
    public static class Declared implements SettingsContributor {
        @Override
        public List<ModuleSetting> settings() {
            return List.of(ModuleSetting.text("notes.title", "Notes").asRequired(),
                    ModuleSetting.number("notes.per-page", 20).between(1, 100),
                    ModuleSetting.flag("notes.public", false),
                    ModuleSetting.choice("notes.order", List.of("newest", "oldest"), "newest"),
                    ModuleSetting.secret("notes.api-key"));
        }
    }

    private final TestModuleContext context;

    TestModuleSettingsTest(ModuleDatabase database) {
        context = new TestModuleContext(database, "notes", TestModuleSettingsTest.class);
    }

    @Test
    void aModuleReadsItsDefaultsThenTheValuesTheTestSets() {
        Settings defaults = context.settings();
        assertThat(defaults.text("notes.title")).isEqualTo("Notes");
        assertThat(defaults.number("notes.per-page")).isEqualTo(20);
        assertThat(defaults.flag("notes.public")).isFalse();
        assertThat(defaults.text("notes.order")).isEqualTo("newest");
        assertThat(defaults.secret("notes.api-key")).isEmpty();

        context.setting("notes.per-page", 50).setting("notes.public", true).setting("notes.order", "oldest")
                .setting("notes.api-key", "k-123").setting("notes.title", " Our notes ");

        Settings set = context.settings();
        assertThat(set.number("notes.per-page")).isEqualTo(50);
        assertThat(set.flag("notes.public")).isTrue();
        assertThat(set.text("notes.order")).isEqualTo("oldest");
        assertThat(set.secret("notes.api-key")).contains("k-123");
        assertThat(set.text("notes.title")).isEqualTo("Our notes");

        context.setting("notes.per-page", null);
        assertThat(context.settings().number("notes.per-page")).as("null: the default again").isEqualTo(20);
    }

    @Test
    void valuesAndKeysThePlatformRefusesAreRefusedWithItsReason() {
        assertThatThrownBy(() -> context.setting("notes.per-page", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validation.range");
        assertThatThrownBy(() -> context.setting("notes.per-page", "many")).hasMessageContaining("validation.number");
        assertThatThrownBy(() -> context.setting("notes.order", "random")).hasMessageContaining("validation.choice");
        assertThatThrownBy(() -> context.setting("notes.public", "maybe")).hasMessageContaining("validation.flag");
        assertThatThrownBy(() -> context.setting("notes.title", "")).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> context.setting("notes.colour", "red")).hasMessageContaining("validation.unknownSetting");
        assertThatThrownBy(() -> context.settings().text("notes.colour")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> context.settings().flag("notes.title")).isInstanceOf(IllegalArgumentException.class);
        assertThat(context.settings().number("notes.per-page")).isEqualTo(20);
    }

    @Test
    void aChangeIsAnnouncedToTheListenersLikeOnThePlatform() {
        List<ModuleEvent> heard = new ArrayList<>();
        context.listen(heard::add);

        context.setting("notes.per-page", 30).setting("notes.per-page", 30);

        assertThat(heard).as("setting the same value again changes nothing").singleElement().satisfies(e -> {
            assertThat(e.topic()).isEqualTo(Settings.CHANGED);
            assertThat(e.data()).containsEntry("module", "notes").containsEntry("keys", "notes.per-page")
                    .containsEntry("version", "1");
        });
    }
}
