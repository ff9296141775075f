package eu.clus3.example;

import eu.clus3.plugin.api.ModuleView;
import eu.clus3.plugin.api.ViewContributor;
import org.pf4j.Extension;

import java.util.List;

/**
 * The greeting page at modules/example, listed in the navigation for every signed-in user; the moderation page at
 * modules/example/moderation, listed and opened only for people granted {@link ExamplePermissions#MODERATE}.
 */
@Extension
public class ExampleViews implements ViewContributor {

    @Override
    public List<ModuleView> views() {
        return List.of(ModuleView.of("", GreetingView.class).inNavigation("example.nav", "vaadin:smiley-o", 800),
                ModuleView.of("moderation", ModerationView.class).inNavigation("example.moderation.nav", "vaadin:gavel", 810)
                        .requiring(ExamplePermissions.MODERATE));
    }
}
