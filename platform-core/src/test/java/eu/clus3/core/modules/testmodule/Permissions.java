package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.PermissionContributor;

import java.util.List;

/** Two permissions of the module "perms": one named in its messages (EN and IT), one not named at all. */
public class Permissions implements PermissionContributor {

    public static final ModulePermission MODERATE = ModulePermission.of("perms.moderate");
    public static final ModulePermission PUBLISH = ModulePermission.of("perms.publish");

    @Override
    public List<ModulePermission> permissions() {
        return List.of(MODERATE, PUBLISH, MODERATE);
    }
}
