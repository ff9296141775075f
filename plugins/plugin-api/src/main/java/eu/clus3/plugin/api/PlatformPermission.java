package eu.clus3.plugin.api;

/**
 * What the platform's roles let a person do, as modules check it: {@code user.can(PlatformPermission.SEE_ALL_CLUSTERS)}.
 * The same names as the platform's own permissions (a platform test holds the two lists equal).
 *
 * @since 1.4.0
 */
public enum PlatformPermission {
    /** Invite, edit and suspend accounts; grant modules' permissions. */
    MANAGE_USERS,
    /** See and revoke every person's API tokens. */
    MANAGE_ALL_API_TOKENS,
    /** Create personal API tokens. */
    USE_API_TOKENS,
    /** See the directory of people. */
    SEE_USER_DIRECTORY,
    /** Create cluster profiles and edit any of them, manage any cluster's people. */
    MANAGE_CLUSTERS,
    /** See every cluster, its people and its non-public content: the regional staff (assessors). */
    SEE_ALL_CLUSTERS,
    /** Read the audit trail of any cluster or account. */
    SEE_AUDIT,
    /** See and rebuild the search index. */
    MANAGE_SEARCH,
    /** Create forum categories and moderate every category. */
    MANAGE_FORUMS,
    /** Install, upgrade, enable, disable and uninstall modules; edit their settings. */
    MANAGE_MODULES
}
