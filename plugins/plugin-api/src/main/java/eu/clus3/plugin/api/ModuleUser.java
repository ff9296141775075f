package eu.clus3.plugin.api;

import java.util.Map;
import java.util.Set;

/**
 * The signed-in user a module acts for.
 *
 * @param user         who they are
 * @param platformRole their platform role: {@code ADMINISTRATOR}, {@code REGIONAL_STAFF}, {@code PARTNER} or {@code MEMBER}
 * @param permissions  the platform permissions their role grants (names such as {@code MANAGE_CLUSTERS})
 * @param clusterRoles their role ({@code MANAGER}, {@code STAFF}, {@code MEMBER}) in each cluster they belong to, by cluster id
 */
public record ModuleUser(UserRef user, String platformRole, Set<String> permissions, Map<Long, String> clusterRoles) {

    public ModuleUser {
        permissions = Set.copyOf(permissions);
        clusterRoles = Map.copyOf(clusterRoles);
    }

    /** Whether their role grants the platform permission of this name. */
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    /** Whether they have any role in the cluster. */
    public boolean belongsTo(long clusterId) {
        return clusterRoles.containsKey(clusterId);
    }
}
