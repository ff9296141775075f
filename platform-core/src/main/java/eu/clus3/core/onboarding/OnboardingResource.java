package eu.clus3.core.onboarding;

import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Onboarding", description = "Invitations, self-registration, approval and password reset")
public class OnboardingResource {

    @Inject
    InvitationService invitations;
    @Inject
    RegistrationService registrations;
    @Inject
    PasswordResetService resets;
    @Inject
    UserService users;
    @Inject
    CurrentActor current;

    public record TokenBody(String token) { }

    public record NewPassword(String token, String newPassword) { }

    @POST
    @Path("invitations")
    @Operation(summary = "Invite someone by e-mail (administrators; a cluster's managers into their cluster); "
            + "the answer holds the invitation link, shown this once")
    public Response invite(NewInvitation body) {
        CreatedInvitation created = invitations.invite(current.require(),
                body == null ? new NewInvitation(null, null, null, null) : body);
        return Response.created(URI.create("invitations/" + created.invitation().id())).entity(created).build();
    }

    @GET
    @Path("invitations")
    @Operation(summary = "Invitations: all (administrators) or one cluster's (?cluster=id, its managers)")
    public List<InvitationView> invitations(@QueryParam("cluster") Long clusterId) {
        return invitations.list(current.require(), clusterId);
    }

    @DELETE
    @Path("invitations/{id}")
    @Operation(summary = "Revoke an invitation that was not accepted yet")
    public InvitationView revoke(@PathParam("id") long id) {
        return invitations.revoke(current.require(), id);
    }

    @POST
    @Path("invitations/preview")
    @SecurityRequirements
    @Operation(summary = "What an invitation link offers (public; 404 when it cannot be used)")
    public InvitationPreview preview(TokenBody body) {
        return invitations.preview(body == null ? null : body.token());
    }

    @POST
    @Path("invitations/accept")
    @SecurityRequirements
    @Operation(summary = "Accept an invitation: open the account with the invitation's roles (public)")
    public Response accept(AcceptInvitation body) {
        UserView user = invitations.accept(body == null ? new AcceptInvitation(null, null, null, null) : body);
        return Response.created(URI.create("users/" + user.id())).entity(user).build();
    }

    @POST
    @Path("registrations")
    @SecurityRequirements
    @Operation(summary = "Register (public, when self-registration is open); the account waits for approval")
    public Response register(RegistrationService.Registration body) {
        UserView user = registrations.register(body == null
                ? new RegistrationService.Registration(null, null, null, null) : body);
        return Response.status(202).entity(user).build();
    }

    @POST
    @Path("users/{id}/approval")
    @Operation(summary = "Approve a self-registered account (administrators)")
    public UserView approve(@PathParam("id") long id) {
        return users.approveRegistration(current.require(), id);
    }

    @DELETE
    @Path("users/{id}/approval")
    @Operation(summary = "Turn down a self-registration (administrators); the pending account is removed")
    public Response reject(@PathParam("id") long id) {
        users.rejectRegistration(current.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("users/{id}/password-reset")
    @Operation(summary = "Make a one-time password reset link for a user (administrators), valid 24 hours")
    public Map<String, String> passwordResetLink(@PathParam("id") long id) {
        return Map.of("link", resets.createLink(current.require(), id));
    }

    @POST
    @Path("password-resets")
    @SecurityRequirements
    @Operation(summary = "Set a new password with a reset link's token (public)")
    public Response resetPassword(NewPassword body) {
        resets.complete(body == null ? null : body.token(), body == null ? null : body.newPassword());
        return Response.noContent().build();
    }
}
