package eu.clus3.plugin.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One searchable thing of a module, as the platform's search shows it.
 *
 * @param key        the entry's key within the module (unique, at most 80 characters)
 * @param title      the hit's heading
 * @param body       plain text (render markup to text first); snippets are cut from it
 * @param language   the language of title and body ({@code en} or {@code it}; others are indexed as English)
 * @param tags       free labels
 * @param date       when it was written or last changed, or {@code null}
 * @param clusterId  the cluster organisation it is about, or {@code null}
 * @param visibility who may find it
 * @param link       the platform-relative address that opens it, e.g. {@code modules/benchmarking/report/7}
 */
public record SearchEntry(String key, String title, String body, Locale language, Set<String> tags, Instant date,
                          Long clusterId, SearchVisibility visibility, String link) {

    public SearchEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(visibility, "visibility");
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        if ((visibility == SearchVisibility.CLUSTER_MEMBERS || visibility == SearchVisibility.CLUSTER_MANAGERS)
                && clusterId == null) {
            throw new IllegalArgumentException(visibility + " needs the cluster the entry is about");
        }
    }
}
