package eu.clus3.core.identity;

import java.util.EnumSet;
import java.util.Set;

/** Platform-wide roles (DOMAIN.md, "Who uses it"); per-cluster roles come with clusters. */
public enum PlatformRole {
    ADMINISTRATOR(EnumSet.allOf(Permission.class)),
    REGIONAL_STAFF(EnumSet.of(Permission.USE_API_TOKENS, Permission.SEE_USER_DIRECTORY, Permission.MANAGE_CLUSTERS,
            Permission.SEE_ALL_CLUSTERS)),
    PARTNER(EnumSet.of(Permission.USE_API_TOKENS, Permission.SEE_USER_DIRECTORY)),
    MEMBER(EnumSet.of(Permission.USE_API_TOKENS));

    private final Set<Permission> permissions;

    PlatformRole(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
