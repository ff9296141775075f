package eu.clus3.core.identity;

import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Accounts, roles and one's own settings")
public class UserResource {

    @Inject
    UserService users;
    @Inject
    CurrentActor current;

    public record PasswordChange(String currentPassword, String newPassword) { }

    public record LocaleChange(String locale) { }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in user")
    public UserView me() {
        return users.me(current.require());
    }

    @PUT
    @Path("me/password")
    @Operation(summary = "Change one's own password")
    public Response changePassword(PasswordChange body) {
        PasswordChange change = body == null ? new PasswordChange(null, null) : body;
        users.changeOwnPassword(current.require(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @PUT
    @Path("me/profile")
    @Operation(summary = "Change one's own profile: name, e-mail, organisation, position, languages, expertise")
    public UserView changeProfile(PersonProfile body) {
        return users.updateOwnProfile(current.require(),
                body == null ? new PersonProfile(null, null, null, null, null, null) : body);
    }

    @PUT
    @Path("me/avatar")
    @Consumes({"image/png", "image/jpeg"})
    @Operation(summary = "Set one's picture (PNG or JPEG, at most 512 KiB and 4096 px a side)")
    public Response setAvatar(byte[] image) {
        users.setOwnAvatar(current.require(), image);
        return Response.noContent().build();
    }

    @GET
    @Path("users/{id}/avatar")
    @Produces("image/png")
    @Operation(summary = "A person's picture (PNG), for signed-in users")
    public Response avatar(@PathParam("id") long id) {
        return users.avatar(current.require(), id)
                .map(eu.clus3.core.api.Pictures::answer)
                .orElseThrow(() -> new eu.clus3.core.shared.NotFoundException("Picture of user", id));
    }

    @PUT
    @Path("me/locale")
    @Operation(summary = "Choose one's UI language (en, it)")
    public UserView changeLocale(LocaleChange body) {
        return users.changeOwnLocale(current.require(), body == null ? null : body.locale());
    }

    @GET
    @Path("users")
    @Operation(summary = "List accounts (administrators, regional staff and partners)")
    public Page<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return users.list(current.require(), PageRequest.parse(page, size, 50));
    }

    @GET
    @Path("users/{id}")
    @Operation(summary = "One account")
    public UserView get(@PathParam("id") long id) {
        return users.get(current.require(), id);
    }

    @GET
    @Path("users/{id}/audit")
    @Operation(summary = "Changes of an account: role, state, profile (administrators)")
    public java.util.List<eu.clus3.core.audit.AuditView> audit(@PathParam("id") long id, @QueryParam("page") String page,
                                                             @QueryParam("size") String size) {
        return users.auditTrail(current.require(), id, PageRequest.parse(page, size, 50));
    }

    @POST
    @Path("users")
    @Operation(summary = "Create an account (administrators)")
    public Response create(NewUser body) {
        NewUser input = body == null ? new NewUser(null, null, null, null, null) : body;
        UserView created = users.create(current.require(), input);
        return Response.created(URI.create("users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("users/{id}")
    @Operation(summary = "Change an account's name, e-mail, role or state (administrators); send the version you edited")
    public UserView update(@PathParam("id") long id, UserChanges body) {
        UserChanges changes = body == null ? new UserChanges(null, null, null, null, null) : body;
        return users.update(current.require(), id, changes);
    }
}
