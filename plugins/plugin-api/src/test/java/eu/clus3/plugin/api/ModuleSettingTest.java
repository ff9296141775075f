package eu.clus3.plugin.api;

import eu.clus3.plugin.api.ModuleSetting.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleSettingTest {

    @Test
    void each_kind_keeps_its_default_as_text_and_its_labels_under_the_setting_key() {
        assertThat(ModuleSetting.text("example.greeting", null).defaultValue()).isEmpty();
        assertThat(ModuleSetting.number("training.reminder-days", 7).between(1, 60))
                .extracting(ModuleSetting::kind, ModuleSetting::defaultValue, ModuleSetting::min, ModuleSetting::max)
                .containsExactly(Kind.NUMBER, "7", 1L, 60L);
        assertThat(ModuleSetting.flag("x.on", true).defaultValue()).isEqualTo("true");
        assertThat(ModuleSetting.secret("x.api-key").asRequired())
                .extracting(ModuleSetting::defaultValue, ModuleSetting::required).containsExactly(null, true);
        ModuleSetting digest = ModuleSetting.choice("x.digest", List.of("daily", "weekly"), "weekly");
        assertThat(digest.labelKey()).isEqualTo("setting.x.digest");
        assertThat(digest.helpKey()).isEqualTo("setting.x.digest.help");
        assertThat(digest.choiceKey("daily")).isEqualTo("setting.x.digest.choice.daily");
        assertThat(digest.labelled("x.digest.label", "x.digest.about"))
                .extracting(ModuleSetting::labelKey, ModuleSetting::helpKey).containsExactly("x.digest.label", "x.digest.about");
    }

    @Test
    void a_key_is_lower_case_parts_joined_by_dots() {
        ModuleSetting.text("a", "");
        ModuleSetting.text("a1.b-2.c", "");
        for (String bad : List.of("", "A.b", "a..b", ".a", "a.", "a b", "a_b", "-a", "a.-b", "x".repeat(101))) {
            assertThatThrownBy(() -> ModuleSetting.text(bad, "")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_declaration_that_cannot_hold_is_refused_when_the_module_builds_it() {
        assertThatThrownBy(() -> ModuleSetting.number("x.n", 0).between(1, 10)).hasMessageContaining("outside its bounds");
        assertThatThrownBy(() -> ModuleSetting.number("x.n", 5).between(10, 1)).hasMessageContaining("wrong way round");
        assertThatThrownBy(() -> ModuleSetting.text("x.t", "").between(1, 10)).hasMessageContaining("Only numbers");
        assertThatThrownBy(() -> ModuleSetting.number("x.n", 1).asRequired()).hasMessageContaining("Only texts and secrets");
        assertThatThrownBy(() -> ModuleSetting.flag("x.f", true).asRequired()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModuleSetting.choice("x.c", List.of(), "a")).hasMessageContaining("distinct values");
        assertThatThrownBy(() -> ModuleSetting.choice("x.c", List.of("a", "a"), "a")).hasMessageContaining("distinct");
        assertThatThrownBy(() -> ModuleSetting.choice("x.c", List.of("a", " b"), "a")).hasMessageContaining("distinct");
        assertThatThrownBy(() -> ModuleSetting.choice("x.c", List.of("a", "b"), "c")).hasMessageContaining("not one of");
        assertThatThrownBy(() -> new ModuleSetting("x.f", Kind.BOOLEAN, "yes", false, null, null, null, null, null))
                .hasMessageContaining("'true' or 'false'");
        assertThatThrownBy(() -> new ModuleSetting("x.s", Kind.SECRET, "hunter2", false, null, null, null, null, null))
                .hasMessageContaining("no default");
        assertThatThrownBy(() -> ModuleSetting.text("x.t", "a".repeat(ModuleSetting.MAX_TEXT + 1)))
                .hasMessageContaining("longer than");
    }
}
