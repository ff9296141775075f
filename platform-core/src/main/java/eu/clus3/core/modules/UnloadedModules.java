package eu.clus3.core.modules;

import java.time.Instant;
import java.util.List;

/**
 * The leak check of this node: the modules it unloaded (newest first, at most 200) and whether each one's class
 * loader was collected. {@code alive} above zero after a full collection means something still holds an
 * uninstalled module's classes.
 */
public record UnloadedModules(int unloaded, int alive, boolean collectedFirst, List<Entry> modules) {

    public record Entry(String id, String version, Instant unloadedAt, boolean collected) {
    }
}
