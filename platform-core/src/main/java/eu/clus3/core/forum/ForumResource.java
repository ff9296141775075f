package eu.clus3.core.forum;

import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Forum categories, topics and tags; posts are under {@link ForumPostResource}. */
@Path("forum")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forum", description = "Categories, topics, posts, moderation: reciprocal learning between clusters")
public class ForumResource {

    @Inject
    CategoryService categories;
    @Inject
    TopicService topics;
    @Inject
    ModerationService moderation;
    @Inject
    DraftService drafts;
    @Inject
    CurrentActor current;

    public record DraftBody(Long categoryId, String title, String body) { }

    public record CategoryEdit(Long version, CategoryData category) { }

    public record Moderator(String username) { }

    public record WatchChoice(WatchLevel level) { }

    public record Reply(String body) { }

    public record ReadUpTo(Integer number) { }

    public record Move(Long categoryId) { }

    public record TagMerge(Long into) { }

    public record Split(List<Integer> numbers, String title, Long categoryId) { }

    // --- categories ---

    @GET
    @Path("categories")
    @Operation(summary = "The categories you may read, in order, with their topic counts")
    public List<CategoryView> categories() {
        return categories.categories(current.get());
    }

    @POST
    @Path("categories")
    @Operation(summary = "Create a category (administrators)")
    public Response createCategory(CategoryData data) {
        CategoryView created = categories.create(current.require(), data);
        return Response.created(URI.create("forum/categories/" + created.id())).entity(created).build();
    }

    @GET
    @Path("categories/{id}")
    @Operation(summary = "A category")
    public CategoryView category(@PathParam("id") long id) {
        return categories.category(current.get(), id);
    }

    @PUT
    @Path("categories/{id}")
    @Operation(summary = "Change a category (administrators); 409 if it changed meanwhile")
    public CategoryView updateCategory(@PathParam("id") long id, CategoryEdit edit) {
        CategoryEdit e = edit == null ? new CategoryEdit(null, null) : edit;
        return categories.update(current.require(), id, e.version(), e.category());
    }

    @POST
    @Path("categories/{id}/moderators")
    @Operation(summary = "Appoint a moderator of the category (administrators)")
    public CategoryView addModerator(@PathParam("id") long id, Moderator body) {
        return categories.addModerator(current.require(), id, body == null ? null : body.username());
    }

    @DELETE
    @Path("categories/{id}/moderators/{username}")
    @Operation(summary = "Remove a moderator of the category (administrators)")
    public CategoryView removeModerator(@PathParam("id") long id, @PathParam("username") String username) {
        return categories.removeModerator(current.require(), id, username);
    }

    @PUT
    @Path("categories/{id}/watch")
    @Operation(summary = "Watch (told of every new topic and post), track, or mute a whole category")
    public CategoryView watchCategory(@PathParam("id") long id, WatchChoice body) {
        return categories.watch(current.require(), id, body == null ? null : body.level());
    }

    // --- topics ---

    @GET
    @Path("topics")
    @Operation(summary = "Topics by latest activity (pinned first), of one category or of all you may read; "
            + "with your unread counts when signed in")
    public Page<TopicSummary> latest(@QueryParam("category") Long category, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return topics.latest(current.get(), category, PageRequest.parse(page, size, 30));
    }

    @POST
    @Path("topics")
    @Operation(summary = "Open a topic with its first post (Markdown); new users' posts may wait for approval")
    public Response open(NewTopic topic) {
        TopicDetails created = topics.open(current.require(), topic);
        return Response.created(URI.create("forum/topics/" + created.id())).entity(created).build();
    }

    @GET
    @Path("topics/about/{ref}")
    @Operation(summary = "The discussion about a subject (a benchmarking indicator, or module:<moduleId>:<key> as"
            + " modules link to it): the oldest visible topic about it you may read; 404 when there is none yet")
    public TopicDetails topicAbout(@PathParam("ref") String ref) {
        return topics.topicAbout(current.get(), ref)
                .orElseThrow(() -> new NotFoundException("Discussion about", ref));
    }

    @GET
    @Path("topics/{id}")
    @Operation(summary = "A topic's heading, your read position and what you may do")
    public TopicDetails topic(@PathParam("id") long id) {
        return topics.topic(current.get(), id);
    }

    @PUT
    @Path("topics/{id}")
    @Operation(summary = "Change title, tags, question, cluster, indicator or language (author, moderators)")
    public TopicDetails editTopic(@PathParam("id") long id, TopicEdit edit) {
        return topics.editTopic(current.require(), id, edit);
    }

    @GET
    @Path("topics/{id}/posts")
    @Operation(summary = "Posts numbered above 'after' (default 0), at most 'size' (default 20, at most 200); "
            + "'more' says whether others follow")
    public PostPage posts(@PathParam("id") long id, @QueryParam("after") String after, @QueryParam("size") String size) {
        PageRequest p = PageRequest.parse("0", size, TopicService.DEFAULT_POSTS);
        return topics.posts(current.get(), id, number("after", after), p.size());
    }

    @POST
    @Path("topics/{id}/posts")
    @Operation(summary = "Reply at the end of the topic")
    public Response reply(@PathParam("id") long id, Reply body) {
        PostView post = topics.reply(current.require(), id, body == null ? null : body.body());
        return Response.created(URI.create("forum/posts/" + post.id())).entity(post).build();
    }

    @PUT
    @Path("topics/{id}/read")
    @Operation(summary = "Record that you read the topic up to a post number")
    public Response markRead(@PathParam("id") long id, ReadUpTo body) {
        if (body == null || body.number() == null) {
            throw InvalidInputException.of("number", "validation.required", "number is required");
        }
        topics.markRead(current.require(), id, body.number());
        return Response.noContent().build();
    }

    @PUT
    @Path("topics/{id}/watch")
    @Operation(summary = "Watch, track, mute the topic, or NORMAL")
    public TopicDetails watchTopic(@PathParam("id") long id, WatchChoice body) {
        return topics.watch(current.require(), id, body == null ? null : body.level());
    }

    @PUT
    @Path("topics/{id}/state")
    @Operation(summary = "Close, lock or pin the topic (moderators); fields left out stay as they are")
    public TopicDetails setState(@PathParam("id") long id, ModerationService.TopicState state) {
        return moderation.setState(current.require(), id, state);
    }

    @PUT
    @Path("topics/{id}/category")
    @Operation(summary = "Move the topic to another category (moderators of both)")
    public TopicDetails move(@PathParam("id") long id, Move body) {
        return moderation.move(current.require(), id, body == null ? null : body.categoryId());
    }

    @POST
    @Path("topics/{id}/split")
    @Operation(summary = "Move replies (by number) into a new topic, here or in another category (moderators)")
    public Response split(@PathParam("id") long id, Split body) {
        Split b = body == null ? new Split(null, null, null) : body;
        TopicDetails created = moderation.split(current.require(), id, b.numbers(), b.title(), b.categoryId());
        return Response.created(URI.create("forum/topics/" + created.id())).entity(created).build();
    }

    // --- drafts ---

    @GET
    @Path("drafts")
    @Operation(summary = "Your draft of a reply to a topic (?topic=id), or of a new topic (no topic); 404 if none")
    public DraftView draft(@QueryParam("topic") Long topic) {
        return drafts.draft(current.require(), topic)
                .orElseThrow(() -> new eu.clus3.core.shared.NotFoundException("Draft", topic == null ? "new topic" : topic));
    }

    @PUT
    @Path("drafts")
    @Operation(summary = "Keep what you are writing (?topic=id for a reply); an empty body and title discard it")
    public Response saveDraft(@QueryParam("topic") Long topic, DraftBody body) {
        DraftBody b = body == null ? new DraftBody(null, null, null) : body;
        return drafts.save(current.require(), topic, b.categoryId(), b.title(), b.body())
                .map(d -> Response.ok(d).build()).orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Path("drafts")
    @Operation(summary = "Discard your draft")
    public Response discardDraft(@QueryParam("topic") Long topic) {
        drafts.discard(current.require(), topic);
        return Response.noContent().build();
    }

    // --- tags, review ---

    @GET
    @Path("tags")
    @Operation(summary = "The shared tag list with the number of topics carrying each tag")
    public List<TagView> tags() {
        return categories.tags();
    }

    @POST
    @Path("tags/{id}/merge")
    @Operation(summary = "Merge this tag into another one (administrators)")
    public TagView mergeTag(@PathParam("id") long id, TagMerge body) {
        if (body == null || body.into() == null) {
            throw InvalidInputException.of("into", "validation.required", "into is required");
        }
        return categories.mergeTags(current.require(), id, body.into());
    }

    @GET
    @Path("review")
    @Operation(summary = "Posts waiting for you as a moderator: pending approval or flagged, oldest first")
    public List<ReviewItem> review(@QueryParam("page") String page, @QueryParam("size") String size) {
        return moderation.reviewQueue(current.require(), PageRequest.parse(page, size, 30));
    }

    static int number(String field, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "validation.number", field + " must be a whole number");
        }
    }
}
