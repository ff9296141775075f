package eu.clus3.plugin.api;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened in the platform or in a module.
 *
 * @param topic  what happened, e.g. {@code platform.module-started} or {@code benchmarking.report-published}
 * @param source {@code "platform"} or the id of the module that published it
 * @param data   the facts that go with it
 * @param at     when it was published
 */
public record ModuleEvent(String topic, String source, Map<String, String> data, Instant at) {

    public ModuleEvent {
        data = Map.copyOf(data);
    }
}
