package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModulePlugin;

/** A module that cannot start. */
public class FailingStart extends ModulePlugin {

    public FailingStart(ModuleContext context) {
        super(context);
    }

    @Override
    public void start() {
        throw new IllegalStateException("the licence server is unreachable");
    }
}
