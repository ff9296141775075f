package eu.clus3.core.modules;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jersey models of the running modules' REST endpoints, handed to Jersey by {@link ModuleEndpoints} as
 * programmatic resources whose methods are bound to the module's object. Jersey caches the model of a plain
 * object returned by a locator, keyed by its class, and binds that class into its injection manager, for the
 * life of the application: that kept every uninstalled module's class loader (heap dumps, docs/benchmarks.md).
 * A programmatic resource with instance handlers is neither cached nor bound, so the only model of a module
 * class is this one, dropped when the module stops (with the server caches of {@link ModuleServerCaches}).
 */
final class ModuleEndpointModels implements ModuleMount {

    private final Map<Class<?>, Resource> models = new ConcurrentHashMap<>();

    /** The module's resource object as a Jersey resource whose methods run on that object. */
    Resource resourceFor(Object moduleResource) {
        Resource model = models.computeIfAbsent(moduleResource.getClass(), Resource::from);
        return bind(model, moduleResource);
    }

    private static Resource bind(Resource model, Object instance) {
        Resource.Builder copy = Resource.builder();
        if (model.getPath() != null) {
            copy.path(model.getPath());
        }
        for (ResourceMethod method : model.getAllMethods()) {
            ResourceMethod.Builder m = copy.addMethod(method.getHttpMethod())
                    .consumes(method.getConsumedTypes())
                    .produces(method.getProducedTypes())
                    .nameBindings(method.getNameBindings())
                    .handledBy(instance, method.getInvocable().getDefinitionMethod());
            if (method.isSuspendDeclared()) {
                m.suspended(method.getSuspendTimeout(), method.getSuspendTimeoutUnit());
            }
            if (method.isManagedAsyncDeclared()) {
                m.managedAsync();
            }
            if (method.isSse()) {
                m.sse();
            }
        }
        for (Resource child : model.getChildResources()) {
            copy.addChildResource(bind(child, instance));
        }
        return copy.build();
    }

    @Override
    public void started(RunningModule module) {
        // models are made on the first request
    }

    @Override
    public void stopping(RunningModule module) {
        ClassLoader loader = module.classLoader();
        models.keySet().removeIf(type -> type.getClassLoader() == loader);
        ModuleServerCaches.forget(loader);
    }
}
