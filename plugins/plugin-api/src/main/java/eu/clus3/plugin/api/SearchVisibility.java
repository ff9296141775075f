package eu.clus3.plugin.api;

/** Who may find a module's search entry; regional staff find cluster entries too, administrators everything. */
public enum SearchVisibility {
    /** Everyone, visitors included. */
    PUBLIC,
    /** Every signed-in user. */
    SIGNED_IN,
    /** The members of the entry's cluster (any role). */
    CLUSTER_MEMBERS,
    /** The managers of the entry's cluster. */
    CLUSTER_MANAGERS,
    /** Administrators only. */
    ADMINISTRATORS
}
