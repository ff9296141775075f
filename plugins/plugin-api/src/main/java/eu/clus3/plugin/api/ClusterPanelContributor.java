package eu.clus3.plugin.api;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

import java.util.Optional;

/**
 * Adds a panel to a cluster's profile page (label badges, a benchmark summary, ...). Called while the
 * page is built, for the signed-in viewer; a module returns nothing when it has nothing to show them.
 */
public interface ClusterPanelContributor extends ExtensionPoint {

    Optional<Component> clusterPanel(ClusterRef cluster);
}
