package eu.clus3.core.forum;

import eu.clus3.core.api.Pictures;
import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.Uploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;

/**
 * Images in posts. The upload is the raw file as the request body (its declared type is ignored: the content
 * decides); this resource enforces the configured size limit itself, reading no more than the limit.
 */
@Path("forum/images")
@RequestScoped
@Tag(name = "Forum")
public class ForumImageResource {

    @Inject
    ForumImageService images;
    @Inject
    CurrentActor current;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an image for a post (PNG, JPEG, GIF or WebP, checked by content; the size limit is"
            + " CLUS3_FORUM_IMAGE_MAX_KB, 2 MiB by default) for a topic (?topic=) or a new topic's category (?category=);"
            + " answers its URL and the Markdown that shows it")
    public Response upload(@QueryParam("category") String category, @QueryParam("topic") String topic,
                           InputStream body) {
        var actor = current.require();
        Long categoryId = id("category", category);
        Long topicId = id("topic", topic);
        if (request != null && request.getContentLengthLong() > images.maxBytes()) {
            throw images.tooLarge();
        }
        ImageView view = images.upload(actor, categoryId, topicId, Uploads.readAtMost(body, images.maxBytes(), images::tooLarge));
        return Response.created(URI.create(view.url())).entity(view).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}")
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp"})
    @Operation(summary = "An image of a post, for those who may read its category (others: 404)")
    public Response image(@PathParam("id") long id) {
        ForumImage image = images.image(current.get(), id);
        return Response.fromResponse(Pictures.answer(image))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"image-" + id + extension(image.getContentType()) + "\"")
                .build();
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "validation.number", field + " must be a number");
        }
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            default -> ".webp";
        };
    }
}
