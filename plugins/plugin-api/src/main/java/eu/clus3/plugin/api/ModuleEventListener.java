package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Receives events from the platform and from modules while the module runs. Called on a platform
 * thread, one event at a time per listener; an exception is logged and does not stop delivery to
 * others. Administrators' changes to a module's settings arrive as {@link Settings#CHANGED}.
 */
public interface ModuleEventListener extends ExtensionPoint {

    /** Whether this listener wants events of the topic; every topic by default. */
    default boolean accepts(String topic) {
        return true;
    }

    void onEvent(ModuleEvent event);
}
