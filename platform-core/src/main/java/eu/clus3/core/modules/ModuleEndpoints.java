package eu.clus3.core.modules;

import eu.clus3.core.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mounts the running modules' JAX-RS sub-resources at {@code /api/modules/<id>/}: one locator, because
 * Jersey cannot add root resources while it runs. A module that is not running answers 404 with the reason.
 */
@Path("modules")
@RequestScoped
@Tag(name = "Module endpoints", description = "The APIs of installed modules, each under its module id")
public class ModuleEndpoints {

    @Inject
    ModuleService modules;

    @Path("{moduleId}")
    @Operation(summary = "A module's own API (see the module's documentation)")
    public Object module(@PathParam("moduleId") String moduleId) {
        RunningModule module = modules.host().running(moduleId)
                .orElseThrow(() -> new NotFoundException("Running module", moduleId));
        if (module.endpoints().isEmpty()) {
            throw new NotFoundException("API of module", moduleId);
        }
        Object resource = module.endpoints().get(0).resource();
        if (resource == null) {
            throw new NotFoundException("API of module", moduleId);
        }
        return resource;
    }
}
