package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleView;
import eu.clus3.plugin.api.ViewContributor;

import java.util.List;

/** One page, in the navigation. */
public class Pages implements ViewContributor {

    @Override
    public List<ModuleView> views() {
        return List.of(ModuleView.of("", Page.class).inNavigation("nav", "vaadin:smiley-o", 10));
    }
}
