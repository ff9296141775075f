package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * A module's pages. Their routes are added when the module starts and removed when it stops — no
 * restart; open browser tabs see them from their next navigation.
 */
public interface ViewContributor extends ExtensionPoint {

    List<ModuleView> views();
}
