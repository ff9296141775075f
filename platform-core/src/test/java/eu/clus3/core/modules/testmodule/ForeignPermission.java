package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.PermissionContributor;

import java.util.List;

/** Declares a permission of another module: refused at start. */
public class ForeignPermission implements PermissionContributor {

    @Override
    public List<ModulePermission> permissions() {
        return List.of(ModulePermission.of("labeling.assess"));
    }
}
