package eu.clus3.plugin.api;

/** Where a module says that one of its search entries changed (created, edited, hidden or deleted). */
public interface SearchPublisher {

    /**
     * Queues the entry for re-indexing; the indexer later asks the module's {@link SearchEntrySource}
     * for its current state. Called inside a store write, it is recorded with that write.
     */
    void changed(String key);
}
