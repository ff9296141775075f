package eu.clus3.core.identity;

import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Personal tokens for calling this API")
public class ApiTokenResource {

    @Inject
    ApiTokenService tokens;
    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "One's own tokens")
    public List<ApiTokenView> own() {
        return tokens.listOwn(current.require());
    }

    @GET
    @Path("all")
    @Operation(summary = "Every user's tokens (administrators)")
    public Page<ApiTokenView> all(@QueryParam("page") String page, @QueryParam("size") String size) {
        return tokens.listAll(current.require(), PageRequest.parse(page, size, 50));
    }

    @POST
    @Operation(summary = "Create a token; the answer holds its value, shown this once only")
    public Response create(NewApiToken body) {
        NewApiToken input = body == null ? new NewApiToken(null, null) : body;
        CreatedApiToken created = tokens.create(current.require(), input);
        return Response.created(URI.create("tokens/" + created.details().id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token (one's own; any for administrators)")
    public ApiTokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(current.require(), id);
    }
}
