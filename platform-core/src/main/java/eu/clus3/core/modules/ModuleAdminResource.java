package eu.clus3.core.modules;

import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.modules.ModuleService.Verification;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Administration of module plugins (administrators only). Uploads are the raw archive as the request body
 * ({@code Content-Type: application/java-archive}, {@code application/zip} or
 * {@code application/octet-stream}), its name in {@code ?fileName=}, and, when the platform requires
 * signed modules, the detached signature (Base64) in the {@code X-Module-Signature} header:
 * {@code curl -H 'Authorization: Bearer c3_...' -H 'Content-Type: application/java-archive'
 * --data-binary @my-module.jar 'https://host/api/admin/modules?fileName=my-module.jar'}.
 */
@Path("admin/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "Install, upgrade, enable, disable and uninstall module plugins (administrators)")
public class ModuleAdminResource {

    static final String[] ARCHIVES = {"application/java-archive", "application/zip", "application/x-zip-compressed",
            "application/octet-stream"};

    @Inject
    ModuleService modules;
    @Inject
    ModuleSettings settings;
    @Inject
    CurrentActor current;

    @GET
    @Path("diagnostics/unloaded")
    @Operation(summary = "Leak check: the modules this node unloaded and whether their class loaders were collected;"
            + " collect=true runs full garbage collections first (pauses the server briefly)")
    public UnloadedModules unloaded(@QueryParam("collect") boolean collect) {
        return modules.unloaded(current.require(), collect);
    }

    @GET
    @Operation(summary = "The installed modules: version, state (with the reason when not running), dependencies, contributions")
    public List<ModuleSummary> list() {
        return modules.list(current.require());
    }

    @GET
    @Path("uninstalled/data")
    @Operation(summary = "Data kept by modules that are not installed: documents and files per module id, to delete "
            + "with DELETE /api/admin/modules/{id}?purge=true&confirm={id}")
    public List<ModuleService.KeptData> keptData() {
        return modules.keptData(current.require());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One installed module")
    public ModuleSummary get(@PathParam("id") String id) {
        return modules.get(current.require(), id);
    }

    @POST
    @Path("verification")
    @Consumes({"application/java-archive", "application/zip", "application/x-zip-compressed", "application/octet-stream"})
    @Operation(summary = "Check an archive without installing it: descriptor, SHA-256, install or upgrade")
    public Verification verify(@QueryParam("fileName") String fileName,
                               @HeaderParam("X-Module-Signature") String signature, InputStream body) {
        Actor actor = admin();
        return modules.verify(actor, fileName, read(body), Optional.ofNullable(signature));
    }

    @POST
    @Consumes({"application/java-archive", "application/zip", "application/x-zip-compressed", "application/octet-stream"})
    @Operation(summary = "Install and start a new module")
    public Response install(@QueryParam("fileName") String fileName,
                            @HeaderParam("X-Module-Signature") String signature, InputStream body) {
        Actor actor = admin();
        ModuleSummary installed = modules.install(actor, fileName, read(body), Optional.ofNullable(signature));
        return Response.created(URI.create("admin/modules/" + installed.id())).entity(installed).build();
    }

    @PUT
    @Path("{id}/artifact")
    @Consumes({"application/java-archive", "application/zip", "application/x-zip-compressed", "application/octet-stream"})
    @Operation(summary = "Upgrade a module to a newer version: the old one stops, the new one starts, its data is kept")
    public ModuleSummary upgrade(@PathParam("id") String id, @QueryParam("fileName") String fileName,
                                 @HeaderParam("X-Module-Signature") String signature, InputStream body) {
        Actor actor = admin();
        return modules.upgrade(actor, id, fileName, read(body), Optional.ofNullable(signature));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable (start) a module")
    public ModuleSummary enable(@PathParam("id") String id) {
        return modules.enable(current.require(), id);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable (stop) a module; modules that need it stop too")
    public ModuleSummary disable(@PathParam("id") String id) {
        return modules.disable(current.require(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Uninstall a module (refused while others need it); its data is kept unless "
            + "purge=true&confirm=<id>, which also deletes the kept data of a module uninstalled earlier")
    public Response uninstall(@PathParam("id") String id, @QueryParam("purge") boolean purge,
                              @QueryParam("confirm") String confirm) {
        modules.uninstall(current.require(), id, purge, confirm);
        return Response.noContent().build();
    }

    /** Permission first: nobody else makes the server read megabytes. */
    private Actor admin() {
        return current.require().require(Permission.MANAGE_MODULES);
    }

    private byte[] read(InputStream body) {
        if (body == null) {
            throw InvalidInputException.of("file", "module.empty", "The upload is empty");
        }
        long max = settings.maxArtifactBytes();
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new TooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An upload over the configured limit: 413. */
    static final class TooLarge extends Clus3Exception {
        TooLarge(long max) {
            super("module.tooLarge", "A module may have at most " + max + " bytes");
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String title() {
            return "Request too large";
        }
    }
}
