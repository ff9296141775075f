package eu.clus3.core.modules;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.InjectionManagerProvider;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Caches of the server that keep a module's classes after the module is gone, emptied for its class loader when
 * it stops. Found in heap dumps of Payara Micro 6.2025.10 (docs/benchmarks.md, tools/HeapPaths.java): Payara's
 * MicroProfile Telemetry keeps, for every JAX-RS method called, maps keyed by the resource class and method — one
 * static ({@code OpenTracingHelper.canTraceCache}) and four in the helper of its Jersey application listener —
 * and empties them only when the application is undeployed; Jersey's Hibernate Validator keeps bean metadata of
 * each resource class (softly). Their clearing methods are internal: reached by reflection, in this one place.
 * {@code ModulesIT} fails if a Payara upgrade renames them.
 *
 * <p>A JAX-RS feature, so that Jersey hands over its injection manager (where the listener lives) at start.
 */
@Provider
public class ModuleServerCaches implements Feature {

    private static final Logger LOG = Logger.getLogger(ModuleServerCaches.class.getName());
    private static final String TELEMETRY = "fish.payara.microprofile.telemetry.tracing.jaxrs.";

    private static volatile InjectionManager jersey;

    @Override
    public boolean configure(FeatureContext context) {
        jersey = InjectionManagerProvider.getInjectionManager(context);
        return true;
    }

    /** Drops what the server caches of the classes of {@code moduleLoader}; a no-op outside Payara. */
    static void forget(ClassLoader moduleLoader) {
        InjectionManager injection = jersey;
        if (injection == null) {
            return;
        }
        forgetValidation(injection, moduleLoader);
        try {
            List<Object> caches = new ArrayList<>();
            Class<?> helperType = null;
            for (Object listener : injection.getAllInstances(ApplicationEventListener.class)) {
                if (listener.getClass().getName().startsWith(TELEMETRY)) {
                    for (Object helper : fieldValues(listener, f -> f.getType().getName().endsWith("OpenTracingHelper"))) {
                        helperType = helper.getClass();
                        caches.addAll(fieldValues(helper, ModuleServerCaches::isResourceCache));
                    }
                }
            }
            if (helperType == null) {
                helperType = Class.forName(TELEMETRY + "OpenTracingHelper", false, ApplicationEventListener.class.getClassLoader());
            }
            caches.addAll(fieldValues(helperType, ModuleServerCaches::isResourceCache));
            for (Object cache : caches) {
                Method clear = cache.getClass().getDeclaredMethod("clear", ClassLoader.class);
                clear.setAccessible(true);
                clear.invoke(cache, moduleLoader);
            }
        } catch (ClassNotFoundException e) {
            LOG.fine("No MicroProfile Telemetry in this server: nothing of it to clear");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The server's telemetry caches could not be cleared: an uninstalled module's classes"
                    + " may stay in memory until restart", e);
        }
    }

    /**
     * Jersey validates resource calls with its own Hibernate Validator, whose bean metadata cache holds each
     * resource class through soft references: gone only when memory runs short, so an uninstalled module would
     * linger until then. Its {@code clear()} empties it (the platform's classes are read again on their next call);
     * Jersey's {@code ValidateOnExecutionHandler} keeps per-method answers, dropped for the module's methods.
     */
    private static void forgetValidation(InjectionManager injection, ClassLoader moduleLoader) {
        try {
            Object validator = injection.getInstance(org.glassfish.jersey.server.internal.inject.ConfiguredValidator.class);
            if (validator == null) {
                return;
            }
            Object delegate = field(validator, "delegate");
            Object manager = field(delegate != null ? delegate : validator, "beanMetaDataManager");
            if (manager != null) {
                Method clear = manager.getClass().getMethod("clear");
                clear.setAccessible(true);
                clear.invoke(manager);
            }
            Object onExecution = field(validator, "validateOnExecutionHandler");
            if (onExecution != null) {
                for (Object cache : fieldValues(onExecution, f -> java.util.Map.class.isAssignableFrom(f.getType()))) {
                    ((java.util.Map<?, ?>) cache).keySet().removeIf(k -> k instanceof Method m
                            && m.getDeclaringClass().getClassLoader() == moduleLoader);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The validator's metadata cache could not be cleared: an uninstalled module's classes"
                    + " may stay in memory until memory runs short", e);
        }
    }

    /** The value of a field declared by the object's class or a superclass, or null when there is none. */
    private static Object field(Object owner, String name) throws IllegalAccessException {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    return f.get(owner);
                }
            }
        }
        return null;
    }

    private static boolean isResourceCache(Field f) {
        return f.getType().getName().equals(TELEMETRY + "ResourceCache");
    }

    /** Non-null values of the matching fields: instance fields of an object, or static fields of a class. */
    private static List<Object> fieldValues(Object owner, java.util.function.Predicate<Field> which)
            throws IllegalAccessException {
        boolean statics = owner instanceof Class<?>;
        Class<?> type = statics ? (Class<?>) owner : owner.getClass();
        List<Object> values = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) == statics && which.test(f)) {
                f.setAccessible(true);
                Object value = f.get(statics ? null : owner);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
