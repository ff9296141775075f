package eu.clus3.ui.modules;

import eu.clus3.plugin.api.ModuleView;
import eu.clus3.plugin.api.NavigationContributor;
import eu.clus3.plugin.api.NavigationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The navigation entries of running modules' views. Their labels come from each module's own bundles:
 * the label key is {@code module:<id>:<key>}, which {@code shell.Messages} hands to the module.
 */
@ApplicationScoped
public class ModuleNavigation implements NavigationContributor {

    static final String LABEL_PREFIX = "module:";

    @Inject
    ModuleRoutes routes;

    @Override
    public List<NavigationEntry> navigationEntries() {
        return routes.mountedViews().stream()
                .filter(m -> m.view().labelKey() != null)
                .map(m -> {
                    ModuleView v = m.view();
                    return new NavigationEntry(v.view(), LABEL_PREFIX + m.moduleId() + ":" + v.labelKey(), v.icon(),
                            NavigationEntry.Section.MAIN, v.order(), v.permission());
                })
                .toList();
    }
}
