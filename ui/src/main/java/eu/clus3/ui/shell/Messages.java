package eu.clus3.ui.shell;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import eu.clus3.core.identity.Locales;
import eu.clus3.core.modules.ModuleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every visible string comes from the {@code messages} bundles; adding a language is adding a
 * {@code messages_xx.properties} and its locale in {@link Locales#SUPPORTED}.
 */
@ApplicationScoped
@VaadinServiceEnabled
public class Messages implements I18NProvider {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    static final String BUNDLE = "messages";
    /** Keys of module texts (navigation labels): {@code module:<id>:<key>}, translated by the module's own bundles. */
    static final String MODULE_KEY = "module:";

    @Inject
    ModuleService modules;

    private String moduleMessage(String key, Locale locale, Object... params) {
        String[] parts = key.split(":", 3);
        if (parts.length < 3 || modules == null) {
            return "!" + key;
        }
        return modules.host().running(parts[1]).map(m -> m.context().message(locale, parts[2], params))
                .orElse("!" + key);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Locales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        if (key.startsWith(MODULE_KEY)) {
            return moduleMessage(key, locale, params);
        }
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing translation for '" + key + "' in " + locale);
            return "!" + key;
        }
    }

    /** Whether the bundles hold a key (error codes from services may have no translation yet). */
    public static boolean has(String key, Locale locale) {
        try {
            ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
