package eu.clus3.plugin.api;

/**
 * The platform's audit trail, for the module's actions that people must be able to trace (an application submitted,
 * a label awarded, a grant of its own). Entries name the current user (or the module, for scheduled work) and, when
 * the action concerns a cluster organisation, appear in that cluster's audit trail beside the platform's own.
 *
 * @since 1.4.0
 */
public interface ModuleAudit {

    /**
     * Records an action.
     *
     * @param action    what happened, e.g. {@code application.submitted}: lower-case letters, digits, '.', '-'; recorded
     *                  as {@code <moduleId>.<action>}, which must fit 40 characters
     * @param clusterId the cluster organisation it concerns, or {@code null}
     * @param details   a short text for people (at most 4000 characters; never a secret)
     */
    void record(String action, Long clusterId, String details);
}
