package eu.clus3.example;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.RestEndpoint;
import eu.clus3.plugin.api.StoredDocument;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pf4j.Extension;

import java.util.Map;

/**
 * {@code GET /api/modules/example/hello}: who answers; {@code GET|PUT /api/modules/example/notes/{key}}:
 * a note (any JSON) kept in the module's store and found by search; {@code DELETE /api/modules/example/notes/{key}}:
 * for moderators only ({@link ExamplePermissions#MODERATE}); {@code POST /api/modules/example/notes/{key}/reminder}:
 * a notification to the caller that leads to the module's page, and the address of the forum discussion about the note.
 */
@Extension
public class ExampleApi implements RestEndpoint {

    private final ModuleContext context;

    public ExampleApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public Object resource() {
        return new Resource();
    }

    @Produces(MediaType.APPLICATION_JSON)
    public class Resource {

        @GET
        @Path("hello")
        public Map<String, String> hello() {
            return Map.of("module", context.moduleId(), "version", context.moduleVersion(),
                    "user", context.currentUser().map(u -> u.user().username()).orElse(""));
        }

        @GET
        @Path("notes/{key}")
        public String note(@PathParam("key") String key) {
            return context.store().collection("notes").get(key).map(StoredDocument::json)
                    .orElseThrow(NotFoundException::new);
        }

        @PUT
        @Path("notes/{key}")
        @Consumes(MediaType.APPLICATION_JSON)
        public Map<String, Object> saveNote(@PathParam("key") String key, String json) {
            if (context.currentUser().isEmpty()) {
                throw new ForbiddenException();
            }
            var notes = context.store().collection("notes");
            StoredDocument saved = notes.get(key)
                    .map(old -> notes.update(key, old.version(), json))
                    .orElseGet(() -> notes.create(key, null, json));
            context.search().changed(key);
            return Map.of("key", saved.key(), "version", saved.version());
        }

        @DELETE
        @Path("notes/{key}")
        public Map<String, String> deleteNote(@PathParam("key") String key) {
            var me = context.currentUser().orElseThrow(ModuleProblem::signIn);
            // the permission first: nobody else learns which notes exist
            if (!me.has(ExamplePermissions.MODERATE)) {
                throw ModuleProblem.forbidden("example.moderatorsOnly", "Only moderators may delete notes");
            }
            var notes = context.store().collection("notes");
            StoredDocument note = notes.get(key).orElseThrow(() -> ModuleProblem.notFound("Note " + key));
            notes.delete(key, note.version());
            context.search().changed(key);
            return Map.of("deleted", key);
        }

        @POST
        @Path("notes/{key}/reminder")
        public Map<String, String> remind(@PathParam("key") String key) {
            var me = context.currentUser().orElseThrow(ForbiddenException::new);
            context.notifications().notify(me.user().id(), "Remember the note " + key, context.links().moduleView(""));
            return Map.of("discussion", context.links().discussionAbout("note-" + key, "About the note " + key));
        }
    }
}
