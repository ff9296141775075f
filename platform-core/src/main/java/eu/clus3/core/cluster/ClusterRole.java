package eu.clus3.core.cluster;

/** A person's role in one cluster organisation. */
public enum ClusterRole {
    /** Edits the profile, manages the cluster's people, sees its audit trail. */
    MANAGER,
    /** Works for the cluster management; reads what members read. */
    STAFF,
    /** Staff of a member company or body; reads the cluster's non-public content. */
    MEMBER
}
