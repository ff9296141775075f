package eu.clus3.plugin.api;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

import java.util.Optional;

/**
 * A card on the signed-in user's dashboard (e.g. "your next benchmarking"). Called while the dashboard
 * is built; {@link ModuleContext#currentUser()} is the viewer. Return nothing when there is nothing for them.
 */
public interface DashboardWidgetContributor extends ExtensionPoint {

    Optional<Component> dashboardWidget();
}
