package eu.clus3.core.identity;

/** What an actor may do; roles grant permissions, services check them through {@link Actor#require}. */
public enum Permission {
    MANAGE_USERS,
    MANAGE_ALL_API_TOKENS,
    USE_API_TOKENS,
    SEE_USER_DIRECTORY
}
