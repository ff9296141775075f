package eu.clus3.example;

import eu.clus3.plugin.api.Created;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.RestEndpoint;
import eu.clus3.plugin.api.StoredDocument;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import org.pf4j.Extension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The example module's typed API under {@code /api/modules/example/}: {@code GET hello} (who answers),
 * {@code GET|POST notes} (the notes, a page at a time; a new one), {@code GET|PUT notes/{key}} (a note — any JSON —
 * kept in the module's store and found by search), {@code DELETE notes/{key}} (moderators only:
 * {@link ExamplePermissions#MODERATE}), {@code POST notes/{key}/reminder} (a notification to the caller that leads to
 * the module's page, and the address of the forum discussion about the note).
 */
@Extension
public class ExampleApi implements RestEndpoint {

    /** Who answers. */
    public record Hello(String module, String version, String user) {
    }

    /** A note as lists show it. */
    public record NoteSummary(String key, long version, Instant updatedAt) {
        static NoteSummary of(StoredDocument d) {
            return new NoteSummary(d.key(), d.version(), d.updatedAt());
        }
    }

    /** A new note: its key (letters, digits, '-') and its text. */
    public record NewNote(String key, String text) {
        public NewNote {
            if (key == null || !key.matches("[A-Za-z0-9-]{1,40}")) {
                throw ModuleProblem.invalid("key", "example.key", "A note's key is 1 to 40 letters, digits or '-'");
            }
            if (text == null || text.isBlank()) {
                throw ModuleProblem.invalid("text", "example.text", "A note needs a text");
            }
        }
    }

    /** The key of the note that was deleted. */
    public record Deleted(String deleted) {
    }

    /** Where to discuss a note. */
    public record Reminder(String discussion) {
    }

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
        public Hello hello() {
            return new Hello(context.moduleId(), context.moduleVersion(),
                    context.currentUser().map(u -> u.user().username()).orElse(""));
        }

        @GET
        @Path("notes")
        public List<NoteSummary> notes(@QueryParam("page") @DefaultValue("0") int page) {
            if (page < 0) {
                throw ModuleProblem.invalid("page", "example.page", "page is 0 or more");
            }
            return context.store().collection("notes").find(DocumentQuery.all().offset(page * 20).limit(20))
                    .stream().map(NoteSummary::of).toList();
        }

        @POST
        @Path("notes")
        public Created<NoteSummary> create(NewNote note) {
            signedIn();
            StoredDocument saved = context.store().collection("notes").create(note.key(), null,
                    context.json().write(Map.of("text", note.text())));
            context.search().changed(note.key());
            return Created.at("notes/" + saved.key(), NoteSummary.of(saved));
        }

        /** The note's JSON as it was stored. */
        @GET
        @Path("notes/{key}")
        public String note(@PathParam("key") String key) {
            return context.store().collection("notes").get(key).map(StoredDocument::json)
                    .orElseThrow(() -> ModuleProblem.notFound("Note " + key));
        }

        /** Any JSON object or array, stored as it is (the store refuses anything else with 400). */
        @PUT
        @Path("notes/{key}")
        @Consumes(MediaType.APPLICATION_JSON)
        public NoteSummary saveNote(@PathParam("key") String key, String json) {
            signedIn();
            var notes = context.store().collection("notes");
            StoredDocument saved = notes.get(key)
                    .map(old -> notes.update(key, old.version(), json))
                    .orElseGet(() -> notes.create(key, null, json));
            context.search().changed(key);
            return NoteSummary.of(saved);
        }

        @DELETE
        @Path("notes/{key}")
        public Deleted deleteNote(@PathParam("key") String key) {
            ModuleUser me = signedIn();
            // the permission first: nobody else learns which notes exist
            if (!me.has(ExamplePermissions.MODERATE)) {
                throw ModuleProblem.forbidden("example.moderatorsOnly", "Only moderators may delete notes");
            }
            var notes = context.store().collection("notes");
            StoredDocument note = notes.get(key).orElseThrow(() -> ModuleProblem.notFound("Note " + key));
            notes.delete(key, note.version());
            context.search().changed(key);
            return new Deleted(key);
        }

        @POST
        @Path("notes/{key}/reminder")
        public Reminder remind(@PathParam("key") String key) {
            ModuleUser me = signedIn();
            context.notifications().notify(me.user().id(), "Remember the note " + key, context.links().moduleView(""));
            return new Reminder(context.links().discussionAbout("note-" + key, "About the note " + key));
        }

        private ModuleUser signedIn() {
            return context.currentUser().orElseThrow(ModuleProblem::signIn);
        }
    }
}
