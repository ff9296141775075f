package eu.clus3.ui.modules;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.PublicView;

/**
 * Answers addresses under {@code modules/<id>/} that no running module serves (a module disabled, failed or
 * uninstalled): says so, instead of a bare "not found". A running module's own routes take precedence.
 */
@Route(value = "modules/:moduleId/:rest*", layout = MainLayout.class)
@PublicView
public class ModuleUnavailableView extends VerticalLayout implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("moduleId").orElse("");
        removeAll();
        setId("module-unavailable");
        add(new H2(getTranslation("modules.unavailable.title")),
                new Paragraph(getTranslation("modules.unavailable.text", id)),
                new Anchor("", getTranslation("error.backHome")));
    }
}
