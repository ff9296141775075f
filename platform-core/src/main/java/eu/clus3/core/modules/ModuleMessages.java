package eu.clus3.core.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A module's own messages ({@code ModuleContext.message}): {@code messages_<lang>.properties} over
 * {@code messages.properties}, read from the module's own jar only — never the platform's bundles of the
 * same name — and formatted with {@link MessageFormat}; a missing key comes back as {@code "!" + key}.
 */
public final class ModuleMessages {

    private final ClassLoader classLoader;
    private final Map<Locale, Properties> bundles = new ConcurrentHashMap<>();

    /** @param classLoader the module's class loader: a {@link URLClassLoader} over its jar (anything else has no messages) */
    public ModuleMessages(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public String message(Locale locale, String key, Object... arguments) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        String pattern = bundle(l).getProperty(key);
        if (pattern == null) {
            return "!" + key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, l).format(arguments);
    }

    private Properties bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> {
            Properties base = read("messages.properties", null);
            return l.getLanguage().isEmpty() ? base : read("messages_" + l.getLanguage() + ".properties", base);
        });
    }

    private Properties read(String name, Properties defaults) {
        Properties p = defaults == null ? new Properties() : new Properties(defaults);
        // findResource: the module's own jar only, never the platform's bundles of the same name.
        URL url = classLoader instanceof URLClassLoader own ? own.findResource(name) : null;
        if (url != null) {
            try {
                var connection = url.openConnection();
                // No cached JarFile: it would keep the module's jar open after the module is gone.
                connection.setUseCaches(false);
                try (InputStream in = connection.getInputStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // a broken bundle shows keys, it does not break the page
            }
        }
        return p;
    }
}
