package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.RestEndpoint;

/** An extension built with the module's plugin object: it answers the plugin's one {@link Rounds.Tally}. */
public class TallyView implements RestEndpoint {

    private final Rounds module;

    public TallyView(Rounds module) {
        this.module = module;
    }

    @Override
    public Object resource() {
        return module.tally();
    }
}
