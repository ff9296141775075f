package eu.clus3.core.forum;

import eu.clus3.core.identity.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** One post: reading, editing and its history, likes, accepted answers, flags and moderation. */
@Path("forum/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forum")
public class ForumPostResource {

    @Inject
    TopicService topics;
    @Inject
    ModerationService moderation;
    @Inject
    CurrentActor current;

    public record PostEdit(Long version, String body, String reason) { }

    public record Reason(String reason) { }

    public record Mark(Boolean value) { }

    @GET
    @Path("{id}")
    @Operation(summary = "A post (Markdown source and sanitised HTML)")
    public PostView post(@PathParam("id") long id) {
        return topics.post(current.get(), id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a post from its version (author; moderators with a reason); 409 if it changed meanwhile")
    public PostView edit(@PathParam("id") long id, PostEdit edit) {
        PostEdit e = edit == null ? new PostEdit(null, null, null) : edit;
        return topics.edit(current.require(), id, e.version(), e.body(), e.reason());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Earlier texts of the post, who changed them and why (author, moderators)")
    public List<RevisionView> history(@PathParam("id") long id) {
        return topics.history(current.require(), id);
    }

    @PUT
    @Path("{id}/like")
    @Operation(summary = "Like the post (once; not your own)")
    public PostView like(@PathParam("id") long id) {
        return topics.like(current.require(), id);
    }

    @DELETE
    @Path("{id}/like")
    @Operation(summary = "Take your like back")
    public PostView unlike(@PathParam("id") long id) {
        return topics.unlike(current.require(), id);
    }

    @PUT
    @Path("{id}/accepted")
    @Operation(summary = "Accept the reply as an answer of its question (the question's author, moderators)")
    public PostView accept(@PathParam("id") long id) {
        return topics.accept(current.require(), id);
    }

    @DELETE
    @Path("{id}/accepted")
    @Operation(summary = "Withdraw the acceptance")
    public PostView unaccept(@PathParam("id") long id) {
        return topics.unaccept(current.require(), id);
    }

    @POST
    @Path("{id}/flags")
    @Operation(summary = "Flag the post for the moderators, with a reason; enough flags hide it pending review")
    public Response flag(@PathParam("id") long id, Reason body) {
        moderation.flag(current.require(), id, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/hide")
    @Operation(summary = "Hide the post (moderators); its open flags are resolved")
    public PostView hide(@PathParam("id") long id, Reason body) {
        return moderation.hide(current.require(), id, body == null ? null : body.reason());
    }

    @POST
    @Path("{id}/unhide")
    @Operation(summary = "Show a hidden post again and dismiss its flags (moderators)")
    public PostView unhide(@PathParam("id") long id) {
        return moderation.unhide(current.require(), id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Let a pending post appear (moderators); its watchers are told now")
    public PostView approve(@PathParam("id") long id) {
        return moderation.approve(current.require(), id);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Turn a pending post down (moderators)")
    public PostView reject(@PathParam("id") long id) {
        return moderation.reject(current.require(), id);
    }

    @PUT
    @Path("{id}/good-practice")
    @Operation(summary = "Mark or unmark the post as good practice (moderators)")
    public PostView goodPractice(@PathParam("id") long id, Mark body) {
        return moderation.markGoodPractice(current.require(), id, body != null && Boolean.TRUE.equals(body.value()));
    }
}
