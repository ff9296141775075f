package eu.clus3.plugin.api;

import java.time.Instant;

/**
 * One document of a module's collection.
 *
 * @param collection the collection's name
 * @param key        its key within the collection
 * @param clusterId  the cluster organisation that owns it, or {@code null}
 * @param version    its version: pass it back to update or delete
 * @param json       its content
 * @param createdAt  when it was created
 * @param updatedAt  when it was last changed
 * @param updatedBy  the username of who last changed it, or {@code null} for the module itself
 */
public record StoredDocument(String collection, String key, Long clusterId, long version, String json,
                             Instant createdAt, Instant updatedAt, String updatedBy) {
}
