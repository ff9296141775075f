package eu.clus3.plugin.api;

/** The version of this contract; modules state the range they need in {@code Plugin-Requires}. */
public final class PluginApi {

    /** Raised in its minor part for additions, in its major part for breaking changes. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
