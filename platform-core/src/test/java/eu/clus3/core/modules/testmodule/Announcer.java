package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModulePlugin;

import java.util.Map;

/** Publishes "<id>.ready" when it starts. */
public class Announcer extends ModulePlugin {

    public Announcer(ModuleContext context) {
        super(context);
    }

    @Override
    public void start() {
        context().events().publish(context().moduleId() + ".ready", Map.of("version", context().moduleVersion()));
    }
}
