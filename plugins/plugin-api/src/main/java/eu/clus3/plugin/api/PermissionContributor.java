package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * The permissions a module declares ({@link ModulePermission}): offered to administrators while the module is
 * installed, carried by {@link ModuleUser} for the people (and roles) they were granted to, removed with the
 * module's data when it is uninstalled with purge. Each id must start with the module's own id and a dot; a
 * module declaring another's is refused at start.
 *
 * @since 1.4.0
 */
public interface PermissionContributor extends ExtensionPoint {

    List<ModulePermission> permissions();
}
