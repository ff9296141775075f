package eu.clus3.core.modules;

/** Where an installed module stands on this node. */
public enum ModuleState {
    /** Running: its views, endpoints and entries are live. */
    STARTED,
    /** Disabled by an administrator. */
    STOPPED,
    /** Enabled, but a module it needs is not running. */
    WAITING,
    /** It could not be loaded or started (or hung while starting); the reason says why. */
    FAILED
}
