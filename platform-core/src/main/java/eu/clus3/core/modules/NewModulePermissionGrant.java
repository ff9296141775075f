package eu.clus3.core.modules;

/**
 * A grant to make: the permission's id and either a person's id or a platform role's name
 * ({@code ADMINISTRATOR}, {@code REGIONAL_STAFF}, {@code PARTNER}, {@code MEMBER}).
 */
public record NewModulePermissionGrant(String permission, Long userId, String role) {

    public static NewModulePermissionGrant toUser(String permission, long userId) {
        return new NewModulePermissionGrant(permission, userId, null);
    }

    public static NewModulePermissionGrant toRole(String permission, eu.clus3.core.identity.PlatformRole role) {
        return new NewModulePermissionGrant(permission, null, role.name());
    }
}
