package eu.clus3.core.modules;

import eu.clus3.core.identity.PlatformRole;

import java.time.Instant;

/**
 * A grant as listed: the permission, and either the person ({@code userId}, {@code username}, {@code displayName})
 * or the platform role it was granted to; who granted it and when.
 */
public record ModulePermissionGrantView(long id, String permission, String moduleId, Long userId, String username,
                                        String displayName, PlatformRole role, String grantedBy, Instant grantedAt) {
}
