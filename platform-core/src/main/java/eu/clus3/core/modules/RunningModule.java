package eu.clus3.core.modules;

import eu.clus3.plugin.api.ClusterPanelContributor;
import eu.clus3.plugin.api.DashboardWidgetContributor;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleEventListener;
import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.ModulePlugin;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.RestEndpoint;
import eu.clus3.plugin.api.SearchEntrySource;
import eu.clus3.plugin.api.ViewContributor;

import java.util.List;

/**
 * A started module and the extensions the host created for it (once per start). Dropped when the module
 * stops: nothing of the platform may keep it, or its class loader could never be collected.
 */
public record RunningModule(String id, String version, ModuleContext context, ClassLoader classLoader,
                            ModulePlugin plugin,
                            List<ViewContributor> views, List<ClusterPanelContributor> clusterPanels,
                            List<DashboardWidgetContributor> dashboardWidgets, List<RestEndpoint> endpoints,
                            List<SearchEntrySource> searchSources, List<ModuleEventListener> listeners,
                            List<ModulePermission> permissions, List<ModuleSetting> settings) {

    /** Creates an object of one of the module's classes (a view, a panel) the way its extensions were created. */
    public <T> T create(Class<T> type) {
        return ModuleHost.instantiate(type, context, plugin);
    }

    /** What the module contributes, in words for the administrator ("2 views, REST endpoint, search entries"). */
    public List<String> contributions() {
        List<String> parts = new java.util.ArrayList<>();
        int viewCount = views.stream().mapToInt(v -> v.views().size()).sum();
        if (viewCount > 0) {
            parts.add(viewCount + (viewCount == 1 ? " view" : " views"));
        }
        if (!clusterPanels.isEmpty()) {
            parts.add("cluster panel");
        }
        if (!dashboardWidgets.isEmpty()) {
            parts.add("dashboard widget");
        }
        if (!endpoints.isEmpty()) {
            parts.add("REST endpoint");
        }
        if (!searchSources.isEmpty()) {
            parts.add("search entries");
        }
        if (!listeners.isEmpty()) {
            parts.add("event listener");
        }
        if (!permissions.isEmpty()) {
            parts.add(permissions.size() + (permissions.size() == 1 ? " permission" : " permissions"));
        }
        if (!settings.isEmpty()) {
            parts.add(settings.size() + (settings.size() == 1 ? " setting" : " settings"));
        }
        return List.copyOf(parts);
    }
}
