package eu.clus3.plugin.api;

import java.time.Instant;

/**
 * One past state of a document.
 *
 * @param version   the document's version after this change
 * @param json      the content after the change ({@code null} for a deletion)
 * @param deleted   whether this change deleted the document
 * @param changedAt when
 * @param changedBy the username of who changed it, or {@code null} for the module itself
 */
public record DocumentRevision(long version, String json, boolean deleted, Instant changedAt, String changedBy) {
}
