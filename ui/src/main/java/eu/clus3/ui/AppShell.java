package eu.clus3.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-level settings of the single-page application (Lumo, Vaadin's default theme). Server push (over a
 * websocket) carries live updates such as new replies in an open topic.
 */
@Push
@Meta(name = "description", content = "Clus3: cluster management excellence, together")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // A plain stylesheet served from the WAR: Vaadin's ready-made frontend bundle stays untouched.
        settings.addLink("stylesheet", "styles/clus3.css");
        settings.addFavIcon("icon", "icons/clus3.svg", "any");
    }
}
