package eu.clus3.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Shows a secret link (invitation, password reset) once, to be passed on by the person who made it.
 * Mail delivery comes later; until then this is how links reach people.
 */
public final class OneTimeLinkDialog {

    private OneTimeLinkDialog() {
    }

    public static void show(String title, String text, String path) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextField link = new TextField();
        link.setValue(absolute(path));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("one-time-link");
        dialog.add(new Paragraph(text), link);
        Button done = new Button(UI.getCurrent().getTranslation("action.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    /** The link as the user's browser reaches this platform. */
    static String absolute(String path) {
        HttpServletRequest r = VaadinServletRequest.getCurrent().getHttpServletRequest();
        boolean defaultPort = ("http".equals(r.getScheme()) && r.getServerPort() == 80)
                || ("https".equals(r.getScheme()) && r.getServerPort() == 443);
        return r.getScheme() + "://" + r.getServerName() + (defaultPort ? "" : ":" + r.getServerPort())
                + r.getContextPath() + "/" + path;
    }
}
