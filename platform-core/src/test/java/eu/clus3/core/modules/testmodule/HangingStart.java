package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModulePlugin;

/** A module whose start never finishes (until interrupted). */
public class HangingStart extends ModulePlugin {

    public HangingStart(ModuleContext context) {
        super(context);
    }

    @Override
    public void start() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
