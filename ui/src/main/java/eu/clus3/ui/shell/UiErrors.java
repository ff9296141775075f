package eu.clus3.ui.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import eu.clus3.core.modules.ModuleProblems;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.FieldError;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.StaleDocumentException;
import eu.clus3.ui.modules.ModuleTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How errors reach the user in the UI: field errors on the fields, everything else as a notification
 * in the user's language. Unexpected errors are logged with an incident id the user can quote.
 *
 * <p>It is also every session's error handler, so a view needs no {@code try/catch} for refusals: a core
 * {@link Clus3Exception}, a module's {@link ModuleProblem} (in the module's words when its code, or a field's, is one
 * of the module's keys), a module store's {@link StaleDocumentException} and a refused module file
 * ({@link RefusedFileException}), found anywhere in the cause chain, become the same notification.
 */
@ApplicationScoped
public class UiErrors implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(UiErrors.class.getName());

    @Inject
    ModuleTexts moduleTexts;

    /** A message key in the user's words, or the English fallback when no bundle has it. */
    @FunctionalInterface
    private interface Texts {
        String text(String code, String fallback);
    }

    /** Shows a service error: field errors on their fields (by field name), the rest as a notification. */
    public void show(Clus3Exception e, Map<String, ? extends HasValidation> fields) {
        show(e, fields, platformTexts(locale(), new Object[0]));
    }

    public void show(Clus3Exception e) {
        show(e, Map.of());
    }

    /** What the user reads about a module's refusal, in their language: its field errors listed when it has some. */
    public String text(ModuleProblem p) {
        return summary(ModuleProblems.asPlatformError(p), moduleTexts(p, locale()));
    }

    private void show(Clus3Exception e, Map<String, ? extends HasValidation> fields, Texts texts) {
        boolean shownOnField = false;
        for (FieldError fe : e.fieldErrors()) {
            HasValidation field = fields.get(fe.field());
            if (field != null) {
                field.setErrorMessage(texts.text(fe.code(), fe.message()));
                field.setInvalid(true);
                shownOnField = true;
            }
        }
        if (!shownOnField) {
            notify(summary(e, texts));
        }
    }

    private static String summary(Clus3Exception e, Texts texts) {
        return e.fieldErrors().isEmpty()
                ? texts.text(e.code(), e.getMessage())
                : e.fieldErrors().stream().map(fe -> fe.field() + ": " + texts.text(fe.code(), fe.message()))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** Clears earlier errors before a new attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    @Override
    public void error(ErrorEvent event) {
        for (Throwable t = event.getThrowable(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Clus3Exception e) {
                show(e);
                return;
            }
            if (t instanceof ModuleProblem p) {
                notify(text(p));
                return;
            }
            if (t instanceof StaleDocumentException stale) {
                show(ModuleProblems.asPlatformError(stale));
                return;
            }
            if (t instanceof RefusedFileException refused) {
                show(ModuleProblems.asPlatformError(refused));
                return;
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected UI error, incident " + incident, event.getThrowable());
        UI ui = UI.getCurrent();
        notify(ui == null ? "Unexpected error " + incident : ui.getTranslation("error.unexpected", incident));
    }

    /** The module's words first (its arguments go with its own code), then the platform's. */
    private Texts moduleTexts(ModuleProblem p, Locale locale) {
        Object[] arguments = p.arguments().toArray();
        return (code, fallback) -> {
            Object[] args = code.equals(p.code()) ? arguments : new Object[0];
            return moduleTexts.message(p, code, locale, args)
                    .orElseGet(() -> platformTexts(locale, args).text(code, fallback));
        };
    }

    private static Texts platformTexts(Locale locale, Object[] arguments) {
        return (code, fallback) -> {
            UI ui = UI.getCurrent();
            return ui != null && code != null && Messages.has(code, locale)
                    ? ui.getTranslation(locale, code, arguments) : fallback;
        };
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
