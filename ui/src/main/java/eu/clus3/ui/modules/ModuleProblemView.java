package eu.clus3.ui.modules;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

/**
 * A module's refusal while one of its pages opens (an unknown key, a page the user may not see): shown in the frame
 * with the module's words and its status, so that a view's constructor or {@code setParameter} may simply throw.
 */
@ParentLayout(MainLayout.class)
public class ModuleProblemView extends VerticalLayout implements HasErrorParameter<ModuleProblem>, HasDynamicTitle {

    private final UiErrors errors;
    private String title = "";

    @Inject
    public ModuleProblemView(UiErrors errors) {
        this.errors = errors;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ModuleProblem> parameter) {
        ModuleProblem problem = parameter.getException();
        title = getTranslation(switch (problem.status()) {
            case 401, 403 -> "error.accessDenied.title";
            case 404 -> "error.notFound.title";
            default -> "modules.problem.title";
        });
        removeAll();
        setId("module-problem");
        add(new H2(title), new Paragraph(errors.text(problem)), new Anchor("", getTranslation("error.backHome")));
        return problem.status();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
