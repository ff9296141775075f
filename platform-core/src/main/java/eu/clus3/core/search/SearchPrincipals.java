package eu.clus3.core.search;

import eu.clus3.core.identity.Permission;

/**
 * The names of who may see a search document. A document lists the principals that may read it; a viewer
 * has a set of principals (computed by the core from the account, its memberships and its permissions),
 * and the index returns only documents sharing one with the viewer — in hits, counts, facets, suggestions.
 */
public final class SearchPrincipals {

    /** Everyone, visitors included. */
    public static final String PUBLIC = "public";
    /** Every signed-in, active account. */
    public static final String SIGNED_IN = "signed-in";

    private SearchPrincipals() {
    }

    /** The members (any cluster role) of one cluster. */
    public static String clusterMembers(long clusterId) {
        return "cluster:" + clusterId;
    }

    /** The managers of one cluster. */
    public static String clusterManagers(long clusterId) {
        return "cluster-managers:" + clusterId;
    }

    /** One account. */
    public static String user(long userId) {
        return "user:" + userId;
    }

    /** Every account whose platform role grants the permission (e.g. staff who see all clusters). */
    public static String permission(Permission permission) {
        return "permission:" + permission.name();
    }
}
