package eu.clus3.ui.modules;

import com.vaadin.flow.component.internal.ComponentMetaData;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.internal.ReflectionCache;
import com.vaadin.flow.server.VaadinService;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Vaadin's caches that keep classes of a module after it is gone (found with heap dumps, ../shared/STACK.md and
 * docs/benchmarks.md): the reflection caches behind {@code ComponentUtil}, {@code UIInternals.warnedAboutDeps},
 * and the service-destroy listener each {@code ComponentMetaData} registers with the {@code VaadinService} (it
 * holds the component class). The last two are internal fields: reached by reflection, in this one place, tested
 * by the module leak check ({@code ModulesIT}: a Vaadin upgrade that renames them shows there).
 */
final class VaadinCaches {

    private static final Logger LOG = Logger.getLogger(VaadinCaches.class.getName());

    private VaadinCaches() {
    }

    static void forget(ClassLoader moduleLoader, VaadinService service) {
        ReflectionCache.clearAll();
        removeClassesOf(moduleLoader, UIInternals.class, "warnedAboutDeps");
        if (service != null) {
            removeDestroyListenersOf(moduleLoader, service);
        }
    }

    /** The listeners (lambdas) that captured a {@code ComponentMetaData} of a module class. */
    private static void removeDestroyListenersOf(ClassLoader loader, VaadinService service) {
        try {
            Field field = VaadinService.class.getDeclaredField("serviceDestroyListeners");
            field.setAccessible(true);
            Collection<?> listeners = (Collection<?>) field.get(service);
            Field componentClass = ComponentMetaData.class.getDeclaredField("componentClass");
            componentClass.setAccessible(true);
            listeners.removeIf(listener -> {
                for (Field captured : listener.getClass().getDeclaredFields()) {
                    if (ComponentMetaData.class.isAssignableFrom(captured.getType())
                            || captured.getType() == Object.class) {
                        try {
                            captured.setAccessible(true);
                            if (captured.get(listener) instanceof ComponentMetaData meta
                                    && componentClass.get(meta) instanceof Class<?> c && c.getClassLoader() == loader) {
                                return true;
                            }
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            return false;
                        }
                    }
                }
                return false;
            });
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Vaadin's service destroy listeners could not be cleared: a module's classes may"
                    + " stay in memory until restart", e);
        }
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
