package eu.clus3.core.modules;

import java.util.List;

/**
 * What administrators see: the permissions running modules declare, and the grants (also those of permissions that
 * no running module declares now, such as a disabled module's, which count again when it runs).
 */
public record ModulePermissionOverview(List<DeclaredModulePermission> permissions, List<ModulePermissionGrantView> grants) {
}
