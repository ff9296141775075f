package eu.clus3.example;

import eu.clus3.plugin.api.ModuleView;
import eu.clus3.plugin.api.ViewContributor;
import org.pf4j.Extension;

import java.util.List;

/**
 * The greeting page at modules/example, titled "Example module", listed in the navigation for every signed-in user;
 * a note's page at modules/example/notes/&lt;name&gt;; the moderation page at modules/example/moderation, listed and
 * opened only for people granted {@link ExamplePermissions#MODERATE}.
 */
@Extension
public class ExampleViews implements ViewContributor {

    @Override
    public List<ModuleView> views() {
        return List.of(ModuleView.of("", GreetingView.class).titled("example.title")
                        .inNavigation("example.nav", "vaadin:smiley-o", 800),
                ModuleView.of("notes", NoteView.class).titled("example.noteTitle"),
                ModuleView.of("moderation", ModerationView.class).titled("example.moderation.title")
                        .inNavigation("example.moderation.nav", "vaadin:gavel", 810)
                        .requiring(ExamplePermissions.MODERATE));
    }
}
