package eu.clus3.example;

import eu.clus3.plugin.api.ModuleView;
import eu.clus3.plugin.api.ViewContributor;
import org.pf4j.Extension;

import java.util.List;

/** The greeting page at modules/example, titled "Example module", listed in the navigation for every signed-in user. */
@Extension
public class ExampleViews implements ViewContributor {

    @Override
    public List<ModuleView> views() {
        return List.of(ModuleView.of("", GreetingView.class).titled("example.title")
                .inNavigation("example.nav", "vaadin:smiley-o", 800));
    }
}
