package eu.clus3.plugin.api;

import java.util.Map;

/**
 * Events between the platform and modules. A module publishes under topics it owns, named
 * {@code <moduleId>.<what>} (e.g. {@code benchmarking.report-published}); the platform publishes
 * under {@code platform.} (e.g. {@code platform.module-started}). Listeners are
 * {@link ModuleEventListener} extensions.
 */
public interface EventBus {

    /**
     * Delivers the event to every interested listener of the modules running then, asynchronously and in
     * publication order, on a platform thread; the publisher never waits for listeners, and a failing
     * listener affects nobody else.
     *
     * @param topic a topic of this module: {@code <moduleId>.} followed by letters, digits, '-', '_' or '.'
     * @param data  small, flat facts (ids, keys, states), never secrets
     */
    void publish(String topic, Map<String, String> data);
}
