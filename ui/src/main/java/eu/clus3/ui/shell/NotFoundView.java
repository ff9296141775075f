package eu.clus3.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/** A translated page for addresses that lead nowhere (also removed module views). */
@PublicView
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("", getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
