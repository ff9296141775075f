package eu.clus3.core.modules;

import org.glassfish.jersey.server.model.Resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Jersey models of the running modules' REST endpoints, handed to Jersey by {@link ModuleEndpoints} as
 * programmatic resources whose methods are {@link ModuleCall}s: a platform class that binds parameters and answers
 * itself. Jersey therefore never sees a module class — not as a resource (its model cache and injection bindings
 * kept every uninstalled module's class loader, see docs/benchmarks.md), nor as an entity type (its reader and writer
 * caches are keyed by class) — and the only model of a module's endpoint is this one, dropped when the module stops.
 */
final class ModuleEndpointModels implements ModuleMount {

    /** By module id, built on the first call after the module started. */
    private final Map<String, Resource> models = new ConcurrentHashMap<>();

    /** The module's endpoint as a Jersey resource whose methods run on the module's resource object. */
    Resource resourceFor(RunningModule module) {
        return models.computeIfAbsent(module.id(), id -> build(module));
    }

    /** The operations of the module's endpoint, for the API document; empty when it has none. */
    static List<ModuleOperation> operations(RunningModule module) {
        Object resource = endpoint(module);
        return resource == null ? List.of() : ModuleOperation.of(resource.getClass());
    }

    /** The object of the module's (first) REST endpoint, or null. */
    static Object endpoint(RunningModule module) {
        return module.endpoints().isEmpty() ? null : module.endpoints().get(0).resource();
    }

    private static Resource build(RunningModule module) {
        Object resource = endpoint(module);
        ModuleJson json = ((HostedModuleContext) module.context()).jsonMapping();
        Resource.Builder root = Resource.builder();
        Map<String, Resource.Builder> children = new LinkedHashMap<>();
        for (ModuleOperation operation : ModuleOperation.of(resource.getClass())) {
            Resource.Builder at = operation.path().isEmpty() ? root
                    : children.computeIfAbsent(operation.path(), Resource::builder);
            var method = at.addMethod(operation.httpMethod())
                    .handledBy(new ModuleCall(module.id(), operation, resource, json));
            if (!operation.consumes().isEmpty()) {
                method.consumes(operation.consumes().toArray(String[]::new));
            }
            method.produces(operation.produces().toArray(String[]::new));
        }
        children.values().forEach(child -> root.addChildResource(child.build()));
        return root.build();
    }

    @Override
    public void started(RunningModule module) {
        models.remove(module.id());
    }

    @Override
    public void stopping(RunningModule module) {
        models.remove(module.id());
        ModuleServerCaches.forget(module.classLoader());
    }
}
