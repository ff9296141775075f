package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A module's searchable entries. After the module calls {@link SearchPublisher#changed(String)}, the
 * indexer asks {@link #entry(String)} for the entry's current state; when the module is installed or
 * the index is rebuilt, it reads {@link #entries()}. When the module is disabled or uninstalled its
 * entries leave the index. Called on the indexer's thread, with no current user.
 */
public interface SearchEntrySource extends ExtensionPoint {

    /** The entry now, or empty when it is gone or must not be found. */
    Optional<SearchEntry> entry(String key);

    /** Every entry, for a full re-index; a stream, so that large modules need not hold them all. */
    Stream<SearchEntry> entries();

    /**
     * The key, in the module's own {@code messages.properties} / {@code messages_<language>.properties}, of what
     * users call the module's entries ("Benchmarking report"): the search page and {@code /api/search} show it as
     * the entries' type, in the reader's language. Without that key the module's id is shown. Since 1.4.0.
     */
    default String typeNameKey() {
        return "search.type";
    }
}
