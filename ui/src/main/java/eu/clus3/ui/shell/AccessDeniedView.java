package eu.clus3.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view the user may not open. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.accessDenied.title")), new Paragraph(getTranslation("error.accessDenied.text")),
                new Anchor("", getTranslation("error.backHome")));
        setId("access-denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
