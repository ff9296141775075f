package eu.clus3.ui.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How errors reach the user in the UI: field errors on the fields, everything else as a notification
 * in the user's language. Unexpected errors are logged with an incident id the user can quote.
 */
@ApplicationScoped
public class UiErrors implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(UiErrors.class.getName());

    /** Shows a service error: field errors on their fields (by field name), the rest as a notification. */
    public void show(Clus3Exception e, Map<String, ? extends HasValidation> fields) {
        Locale locale = locale();
        boolean shownOnField = false;
        for (FieldError fe : e.fieldErrors()) {
            HasValidation field = fields.get(fe.field());
            if (field != null) {
                field.setErrorMessage(translate(fe.code(), fe.message(), locale));
                field.setInvalid(true);
                shownOnField = true;
            }
        }
        if (!shownOnField) {
            String text = e.fieldErrors().isEmpty()
                    ? translate(e.code(), e.getMessage(), locale)
                    : e.fieldErrors().stream().map(fe -> fe.field() + ": " + translate(fe.code(), fe.message(), locale))
                    .reduce((a, b) -> a + "; " + b).orElse("");
            notify(text);
        }
    }

    public void show(Clus3Exception e) {
        show(e, Map.of());
    }

    /** Clears earlier errors before a new attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        while (t != null && !(t instanceof Clus3Exception) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof Clus3Exception e) {
            show(e);
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected UI error, incident " + incident, event.getThrowable());
        UI ui = UI.getCurrent();
        notify(ui == null ? "Unexpected error " + incident : ui.getTranslation("error.unexpected", incident));
    }

    private String translate(String code, String fallback, Locale locale) {
        UI ui = UI.getCurrent();
        return ui != null && code != null && Messages.has(code, locale) ? ui.getTranslation(locale, code) : fallback;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static void notify(String text) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
