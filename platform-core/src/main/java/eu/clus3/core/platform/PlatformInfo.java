package eu.clus3.core.platform;

import eu.clus3.plugin.api.PluginApi;

/** What the platform says about itself; public, and cheap enough to serve as the API's floor in benchmarks. */
public record PlatformInfo(String name, String version, String pluginApiVersion) {

    public static PlatformInfo current() {
        String version = PlatformInfo.class.getPackage().getImplementationVersion();
        return new PlatformInfo("Clus3", version == null ? "development" : version, PluginApi.VERSION);
    }
}
