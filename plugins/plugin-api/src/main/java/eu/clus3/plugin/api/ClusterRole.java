package eu.clus3.plugin.api;

/**
 * A person's role in one cluster organisation: {@code user.roleIn(clusterId)}.
 *
 * @since 1.4.0
 */
public enum ClusterRole {
    /** Runs the cluster organisation: edits its profile, its people, its benchmarkings and applications. */
    MANAGER,
    /** Works for the cluster organisation. */
    STAFF,
    /** A member company or institution's person. */
    MEMBER
}
