package eu.clus3.example;

import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.PermissionContributor;
import org.pf4j.Extension;

import java.util.List;

/**
 * The module's own permission, which administrators grant to people or roles (Administration → Users); named in
 * {@code messages*.properties} under {@code permission.example.moderate}.
 */
@Extension
public class ExamplePermissions implements PermissionContributor {

    /** Delete anyone's notes and see the moderation page. */
    public static final ModulePermission MODERATE = ModulePermission.of("example.moderate");

    @Override
    public List<ModulePermission> permissions() {
        return List.of(MODERATE);
    }
}
