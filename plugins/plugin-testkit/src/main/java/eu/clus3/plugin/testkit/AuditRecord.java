package eu.clus3.plugin.testkit;

/**
 * An entry a module wrote to the audit trail, as the platform records it.
 *
 * @param actor     the current user's username, or {@code module:<id>} for work outside a request
 * @param action    {@code <moduleId>.<action>}
 * @param clusterId the cluster it concerns, or {@code null}
 * @param details   the text, cut at 4000 characters
 */
public record AuditRecord(String actor, String action, Long clusterId, String details) {
}
