package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * Adds entries to the main navigation. The core's own features contribute through this same
 * interface, so the navigation grows as features and modules land.
 */
public interface NavigationContributor extends ExtensionPoint {

    List<NavigationEntry> navigationEntries();
}
