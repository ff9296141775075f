package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModulePlugin;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.SettingsContributor;

import java.util.List;

/**
 * A module with a setting of each kind. Its plugin reads the limit when it starts, before the platform creates any
 * extension, and notes it in the store.
 */
public class Tuning extends ModulePlugin {

    public static final ModuleSetting GREETING = ModuleSetting.text("tuning.greeting", "Hello");
    public static final ModuleSetting TITLE = ModuleSetting.text("tuning.title", "Tuning").asRequired();
    public static final ModuleSetting LIMIT = ModuleSetting.number("tuning.limit", 20).between(1, 100);
    public static final ModuleSetting ENABLED = ModuleSetting.flag("tuning.enabled", true);
    public static final ModuleSetting PERIOD = ModuleSetting.choice("tuning.period", List.of("daily", "weekly"), "weekly");
    public static final ModuleSetting API_KEY = ModuleSetting.secret("tuning.api-key");

    public Tuning(ModuleContext context) {
        super(context);
    }

    @Override
    public void start() {
        var starts = context().store().collection("starts");
        String json = "{\"limit\":" + context().settings().number(LIMIT.key()) + "}";
        starts.get("last").ifPresentOrElse(d -> starts.update("last", d.version(), json),
                () -> starts.create("last", null, json));
    }

    /** The declaration. */
    public static class Declared implements SettingsContributor {
        @Override
        public List<ModuleSetting> settings() {
            return List.of(GREETING, TITLE, LIMIT, ENABLED, PERIOD, API_KEY);
        }
    }

    /** Declares a key a second time: the module must not start. */
    public static class Twice implements SettingsContributor {
        @Override
        public List<ModuleSetting> settings() {
            return List.of(ModuleSetting.number(LIMIT.key(), 5));
        }
    }

    /** Wants the plugin, which does not exist yet when settings are declared: the module must not start. */
    public static class NeedsPlugin implements SettingsContributor {
        public NeedsPlugin(Tuning plugin) {
        }

        @Override
        public List<ModuleSetting> settings() {
            return List.of();
        }
    }
}
