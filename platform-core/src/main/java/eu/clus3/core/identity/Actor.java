package eu.clus3.core.identity;

import eu.clus3.core.shared.ForbiddenException;

/**
 * The signed-in user on whose behalf a service acts. Services take it as a parameter and check
 * permissions on it: the one way permissions are checked, for REST and UI alike.
 */
public record Actor(long userId, String username, PlatformRole role) implements eu.clus3.core.audit.AuditTrail.Author {

    public boolean can(Permission permission) {
        return role.grants(permission);
    }

    public Actor require(Permission permission) {
        if (!can(permission)) {
            throw new ForbiddenException("You are not allowed to do this (" + permission.name().toLowerCase() + ")");
        }
        return this;
    }
}
