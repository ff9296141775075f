package eu.clus3.core.forum;

/** Who may read a category's topics (besides administrators, regional staff and its moderators). */
public enum CategoryVisibility {
    /** Everyone, visitors included. */
    PUBLIC,
    /** Every signed-in account. */
    PLATFORM_MEMBERS,
    /** The people of one cluster (any cluster role). */
    CLUSTER_MEMBERS
}
