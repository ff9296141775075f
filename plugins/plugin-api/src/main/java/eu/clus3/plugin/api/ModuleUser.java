package eu.clus3.plugin.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user a module acts for. Check what they may do with the typed methods:
 * {@link #can(PlatformPermission)}, {@link #has(ModulePermission)}, {@link #roleIn(long)}, {@link #manages(long)}.
 *
 * @param user              who they are
 * @param platformRole      their platform role's name (a {@link PlatformRole}); see {@link #role()}
 * @param permissions       the names of the platform permissions their role grants (see {@link #can(PlatformPermission)})
 * @param clusterRoles      the name of their {@link ClusterRole} in each cluster they belong to, by cluster id
 * @param modulePermissions the ids of the modules' permissions granted to them or to their role (since 1.4.0)
 */
public record ModuleUser(UserRef user, String platformRole, Set<String> permissions, Map<Long, String> clusterRoles,
                         Set<String> modulePermissions) {

    public ModuleUser {
        permissions = Set.copyOf(permissions);
        clusterRoles = Map.copyOf(clusterRoles);
        modulePermissions = modulePermissions == null ? Set.of() : Set.copyOf(modulePermissions);
    }

    /** A user without any module permission (the form of plugin API 1.3). */
    public ModuleUser(UserRef user, String platformRole, Set<String> permissions, Map<Long, String> clusterRoles) {
        this(user, platformRole, permissions, clusterRoles, Set.of());
    }

    /**
     * A user with typed roles and permissions, e.g. for a module's tests.
     *
     * @since 1.4.0
     */
    public static ModuleUser of(UserRef user, PlatformRole role, Set<PlatformPermission> permissions,
                                Map<Long, ClusterRole> clusterRoles, Set<ModulePermission> modulePermissions) {
        return new ModuleUser(user, role.name(),
                permissions.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                clusterRoles.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().name())),
                modulePermissions.stream().map(ModulePermission::id).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Whether their role grants this platform permission.
     *
     * @since 1.4.0
     */
    public boolean can(PlatformPermission permission) {
        return permissions.contains(permission.name());
    }

    /**
     * Whether a module's permission was granted to them (or to their platform role).
     *
     * @since 1.4.0
     */
    public boolean has(ModulePermission permission) {
        return modulePermissions.contains(permission.id());
    }

    /**
     * Their platform role.
     *
     * @since 1.4.0
     */
    public PlatformRole role() {
        return PlatformRole.valueOf(platformRole);
    }

    /**
     * Their role in the cluster, or empty when they do not belong to it.
     *
     * @since 1.4.0
     */
    public Optional<ClusterRole> roleIn(long clusterId) {
        return Optional.ofNullable(clusterRoles.get(clusterId)).map(ClusterRole::valueOf);
    }

    /**
     * Whether they are a manager of the cluster.
     *
     * @since 1.4.0
     */
    public boolean manages(long clusterId) {
        return roleIn(clusterId).orElse(null) == ClusterRole.MANAGER;
    }

    /** Whether they have any role in the cluster. */
    public boolean belongsTo(long clusterId) {
        return clusterRoles.containsKey(clusterId);
    }

    /**
     * Whether their role grants the platform permission of this name.
     *
     * @deprecated since 1.4.0: use {@link #can(PlatformPermission)}, which no typing mistake can silently refuse
     */
    @Deprecated
    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
