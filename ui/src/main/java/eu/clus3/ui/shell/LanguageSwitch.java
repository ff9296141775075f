package eu.clus3.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Locales;
import eu.clus3.core.identity.UserService;

import java.util.Locale;
import java.util.Optional;

/**
 * Picks the UI language. The choice holds for the session, is saved as the user's preference when
 * signed in, and the page reloads so every text is drawn again in the new language.
 */
public class LanguageSwitch extends Select<Locale> {

    static final String CHOSEN = "eu.clus3.ui.localeChosen";

    public LanguageSwitch(Optional<Actor> actor, UserService users) {
        setId("language-switch");
        setItems(Locales.SUPPORTED);
        setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        setValue(UI.getCurrent().getLocale());
        setAriaLabel(getTranslation("shell.language"));
        addClassName("c3-language");
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            VaadinSession session = VaadinSession.getCurrent();
            session.setLocale(e.getValue());
            session.setAttribute(CHOSEN, Boolean.TRUE);
            actor.ifPresent(a -> users.changeOwnLocale(a, e.getValue().toLanguageTag()));
            UI.getCurrent().getPage().reload();
        });
    }
}
