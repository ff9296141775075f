package eu.clus3.core.identity;

/** What an actor may do; roles grant permissions, services check them through {@link Actor#require}. */
public enum Permission {
    MANAGE_USERS,
    MANAGE_ALL_API_TOKENS,
    USE_API_TOKENS,
    SEE_USER_DIRECTORY,
    /** Create cluster profiles and edit any of them, manage any cluster's people. */
    MANAGE_CLUSTERS,
    /** See every cluster, its people and its non-public content (regional staff). */
    SEE_ALL_CLUSTERS,
    /** Read the audit trail of any cluster or account. */
    SEE_AUDIT,
    /** See the search index's state, rebuild it, check it against the database (administrators). */
    MANAGE_SEARCH,
    /** Create forum categories, appoint their moderators, merge tags, and moderate every category. */
    MANAGE_FORUMS,
    /** Install, upgrade, enable, disable and uninstall module plugins. */
    MANAGE_MODULES
}
