package eu.clus3.plugin.api;

/**
 * The version of this contract. The platform refuses a module whose {@code Plugin-Requires} (a
 * SemVer expression such as {@code >=1.0.0 & <2.0.0}) does not accept this version.
 */
public final class PluginApi {

    /** Raised in its minor part for additions, in its major part for breaking changes. */
    public static final String VERSION = "1.4.0";

    private PluginApi() {
    }
}
