package eu.clus3.ui.modules;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import eu.clus3.ui.shell.MainLayout;
import jakarta.servlet.http.HttpServletResponse;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The friendly page when a module's view throws: the rest of the platform keeps working. */
@ParentLayout(MainLayout.class)
public class ModuleErrorView extends VerticalLayout implements HasErrorParameter<ModuleViewException> {

    private static final Logger LOG = Logger.getLogger(ModuleErrorView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ModuleViewException> parameter) {
        ModuleViewException e = parameter.getException();
        LOG.log(Level.WARNING, "Module " + e.moduleId() + " failed to show " + event.getLocation().getPath(), e);
        removeAll();
        setId("module-error");
        add(new H2(getTranslation("modules.error.title")),
                new Paragraph(getTranslation("modules.error.text", e.moduleId())),
                new Anchor("", getTranslation("error.backHome")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
