package eu.clus3.core.modules;

import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.identity.Locales;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A running module's settings (administrators):
 * {@code curl -X PUT -H 'Authorization: Bearer c3_...' -H 'Content-Type: application/json'
 * -d '{"version":3,"values":{"example.greeting":"Welcome!"}}' https://host/api/admin/modules/example/settings}.
 */
@Path("admin/modules/{id}/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "Install, upgrade, enable, disable and uninstall module plugins (administrators)")
public class ModuleSettingsResource {

    @Inject
    ModuleSettingsService settings;
    @Inject
    CurrentActor current;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A running module's settings: each with its label and help (in lang, else the Accept-Language),"
            + " kind, default and current value (secrets only as set or not), and the version to send back")
    public ModuleSettingsOverview read(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return settings.read(current.require(), id, Locales.requested(lang, headers.getAcceptableLanguages()));
    }

    @PUT
    @Operation(summary = "Change a running module's settings: {\"version\": 3, \"values\": {\"<key>\": value}} where"
            + " null restores the default (removes a secret) and keys left out keep their values; 400 by field"
            + " settings.<key>, 409 error.staleVersion with currentVersion when someone changed them first")
    public ModuleSettingsOverview change(@PathParam("id") String id, @QueryParam("lang") String lang,
                                     ModuleSettingsChange change) {
        return settings.change(current.require(), id, change,
                Locales.requested(lang, headers.getAcceptableLanguages()));
    }
}
