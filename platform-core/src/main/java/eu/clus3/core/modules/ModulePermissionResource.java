package eu.clus3.core.modules;

import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.identity.Locales;
import eu.clus3.core.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Modules' own permissions and their grants (administrators):
 * {@code curl -H 'Authorization: Bearer c3_...' -H 'Content-Type: application/json'
 * -d '{"permission":"labeling.assess","userId":42}' https://host/api/admin/module-permissions/grants}.
 */
@Path("admin/module-permissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Module permissions", description = "Permissions that modules declare, granted to people and platform roles"
        + " (administrators)")
public class ModulePermissionResource {

    @Inject
    ModulePermissionService permissions;
    @Inject
    CurrentActor current;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The permissions running modules declare (names in lang, else the Accept-Language) and their"
            + " grants, optionally only those to one person (userId), to one role or of one permission")
    public ModulePermissionOverview overview(@QueryParam("userId") String userId, @QueryParam("role") String role,
                                             @QueryParam("permission") String permission,
                                             @QueryParam("lang") String lang) {
        return permissions.overview(current.require(), language(lang, headers), userId(userId), role, permission);
    }

    @POST
    @Path("grants")
    @Operation(summary = "Grant a permission to a person {\"permission\": \"labeling.assess\", \"userId\": 42} or to a"
            + " platform role {\"permission\": ..., \"role\": \"REGIONAL_STAFF\"}: 201, or 200 when it was granted already")
    public Response grant(NewModulePermissionGrant body) {
        ModulePermissionService.Granted granted = permissions.grant(current.require(), body);
        if (!granted.created()) {
            return Response.ok(granted.grant()).build();
        }
        return Response.created(URI.create("admin/module-permissions/grants/" + granted.grant().id()))
                .entity(granted.grant()).build();
    }

    @DELETE
    @Path("grants/{id}")
    @Operation(summary = "Revoke a grant")
    public Response revoke(@PathParam("id") long id) {
        permissions.revoke(current.require(), id);
        return Response.noContent().build();
    }

    /** A person's id as typed in the query: digits, or a 400 on the field (never JAX-RS's 404 for a bad parameter). */
    private static Long userId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("userId", "validation.type", "userId must be a number");
        }
    }

    /** {@code lang} when the platform speaks it, else the first language of Accept-Language it speaks, else English. */
    static Locale language(String lang, HttpHeaders headers) {
        return Locales.requested(lang, headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** {@code GET /api/me/module-permissions}: the caller's own module permissions. */
    @Path("me/module-permissions")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Users")
    public static class Mine {

        @Inject
        ModulePermissionService permissions;
        @Inject
        CurrentActor current;
        @Context
        HttpHeaders headers;

        @GET
        @Operation(summary = "The module permissions the signed-in user holds (granted to them or to their role),"
                + " named in lang, else the Accept-Language")
        public List<DeclaredModulePermission> mine(@QueryParam("lang") String lang) {
            return permissions.mine(current.require(), language(lang, headers));
        }
    }
}
