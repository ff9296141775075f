package eu.clus3.ui.modules;

import com.vaadin.flow.component.Component;
import eu.clus3.core.modules.ModuleCaller;
import eu.clus3.core.modules.ModuleService;
import eu.clus3.core.modules.RunningModule;
import eu.clus3.plugin.api.ClusterPanelContributor;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.DashboardWidgetContributor;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Running modules' cluster panels and dashboard widgets, offered to the pages that show them through the same
 * interfaces as the core's own. A module that throws loses its panel, not the page.
 */
public final class ModuleContributions {

    private static final Logger LOG = Logger.getLogger(ModuleContributions.class.getName());

    private ModuleContributions() {
    }

    static <T> List<Component> all(ModuleService modules, SignedInUser signedIn,
                                   Function<RunningModule, List<T>> extensions, Function<T, Optional<Component>> call) {
        List<Component> components = new java.util.ArrayList<>();
        for (RunningModule module : modules.host().runningModules()) {
            for (T extension : extensions.apply(module)) {
                try {
                    ModuleCaller.as(signedIn.get(), () -> call.apply(extension)).ifPresent(components::add);
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.WARNING, "Module " + module.id() + " failed to contribute to a page", e);
                }
            }
        }
        return components;
    }

    /** Every running module's panels on a cluster's profile, as one contributor. */
    @ApplicationScoped
    public static class ClusterPanels implements ClusterPanelContributor {
        @Inject
        ModuleService modules;
        @Inject
        SignedInUser signedIn;

        @Override
        public Optional<Component> clusterPanel(ClusterRef cluster) {
            List<Component> panels = all(modules, signedIn, RunningModule::clusterPanels, p -> p.clusterPanel(cluster));
            if (panels.isEmpty()) {
                return Optional.empty();
            }
            com.vaadin.flow.component.html.Div all = new com.vaadin.flow.component.html.Div();
            all.addClassName("c3-module-panels");
            panels.forEach(all::add);
            return Optional.of(all);
        }
    }

    /** Every running module's dashboard cards, as one contributor per card list. */
    @ApplicationScoped
    public static class DashboardWidgets {
        @Inject
        ModuleService modules;
        @Inject
        SignedInUser signedIn;

        public List<Component> widgets() {
            return all(modules, signedIn, RunningModule::dashboardWidgets, DashboardWidgetContributor::dashboardWidget);
        }
    }
}
