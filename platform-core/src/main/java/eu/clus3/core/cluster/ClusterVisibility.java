package eu.clus3.core.cluster;

/** Who may see a cluster's profile. */
public enum ClusterVisibility {
    /** Everyone, also visitors who have not signed in. */
    PUBLIC,
    /** Signed-in users of the platform. */
    PLATFORM
}
