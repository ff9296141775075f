package eu.clus3.core.modules;

import eu.clus3.core.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Mounts the running modules' JAX-RS sub-resources at {@code /api/modules/<id>/}: one locator, because
 * Jersey cannot add root resources while it runs. A module that is not running answers 404 with the reason.
 * The module's object is handed over as a model built by {@link ModuleEndpointModels}, whose handlers bind typed
 * parameters and answers themselves, so that no Jersey cache keeps the module after it stops.
 */
@Path("modules")
@RequestScoped
public class ModuleEndpoints {

    @Inject
    ModuleService modules;

    // No @Operation: a locator has no HTTP method, and Payara's OpenAPI builder fails on one that has it.
    @Path("{moduleId}")
    public Object module(@PathParam("moduleId") String moduleId) {
        RunningModule module = modules.host().running(moduleId)
                .orElseThrow(() -> new NotFoundException("Running module", moduleId));
        if (ModuleEndpointModels.endpoint(module) == null) {
            throw new NotFoundException("API of module", moduleId);
        }
        // A programmatic resource of platform handlers bound to the module's object: Jersey keeps nothing of the module's classes.
        return modules.endpointModels().resourceFor(module);
    }
}
