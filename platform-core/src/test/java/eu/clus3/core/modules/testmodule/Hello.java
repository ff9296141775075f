package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.RestEndpoint;

/** A REST endpoint whose resource says which module and version answers. */
public class Hello implements RestEndpoint {

    private final ModuleContext context;

    public Hello(ModuleContext context) {
        this.context = context;
    }

    @Override
    public Object resource() {
        return context.moduleId() + " " + context.moduleVersion();
    }
}
