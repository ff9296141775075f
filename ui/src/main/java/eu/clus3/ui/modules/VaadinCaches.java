package eu.clus3.ui.modules;

import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.internal.ReflectionCache;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Vaadin's caches that keep classes of a module after it is gone (found with heap dumps, ../shared/STACK.md):
 * the reflection caches behind {@code ComponentUtil} and {@code UIInternals.warnedAboutDeps}. The latter is an
 * internal field: reached by reflection, in this one place, tested by the module leak check (a Vaadin
 * upgrade that renames it shows there).
 */
final class VaadinCaches {

    private static final Logger LOG = Logger.getLogger(VaadinCaches.class.getName());

    private VaadinCaches() {
    }

    static void forget(ClassLoader moduleLoader) {
        ReflectionCache.clearAll();
        removeClassesOf(moduleLoader, UIInternals.class, "warnedAboutDeps");
    }

    private static void removeClassesOf(ClassLoader loader, Class<?> owner, String fieldName) {
        try {
            Field field = owner.getDeclaredField(fieldName);
            field.setAccessible(true);
            Object value = field.get(null);
            if (value instanceof Map<?, ?> map) {
                synchronized (map) {
                    map.keySet().removeIf(k -> k instanceof Class<?> c && c.getClassLoader() == loader);
                }
            } else if (value instanceof Collection<?> set) {
                synchronized (set) {
                    set.removeIf(k -> k instanceof Class<?> c && c.getClassLoader() == loader);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Vaadin's " + owner.getSimpleName() + "." + fieldName
                    + " could not be cleared: a module's classes may stay in memory until restart", e);
        }
    }
}
