package eu.clus3.core.notification;

import eu.clus3.core.identity.CurrentActor;
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

@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Your in-app notifications: replies, mentions, accepted answers, reviews")
public class NotificationResource {

    @Inject
    NotificationService notifications;
    @Inject
    DigestService digests;
    @Inject
    MailOutbox mail;
    @Inject
    MailDelivery delivery;
    @Inject
    CurrentActor current;

    public record Frequency(DigestFrequency frequency) { }

    public record UnreadCount(long unread) { }

    @GET
    @Operation(summary = "Your notifications, newest first")
    public Page<NotificationView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return notifications.mine(current.require(), PageRequest.parse(page, size, 30));
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of your notifications are unread")
    public UnreadCount unread() {
        return new UnreadCount(notifications.unreadCount(current.require()));
    }

    @PUT
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(current.require(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("digest")
    @Operation(summary = "Your e-mail digest setting (NONE, DAILY, WEEKLY)")
    public DigestChoice digest() {
        return digests.mine(current.require());
    }

    @PUT
    @Path("digest")
    @Operation(summary = "Opt in to (or out of) a daily or weekly e-mail digest of your unread notifications")
    public DigestChoice chooseDigest(Frequency body) {
        return digests.choose(current.require(), body == null ? null : body.frequency());
    }

    public record TestMail(String to) { }

    public record MailState(boolean smtpConfigured, String smtp) { }

    @GET
    @Path("mail-outbox")
    @Operation(summary = "Mail the platform sent or keeps, with each mail's delivery state: QUEUED, RETRYING, SENT,"
            + " FAILED (administrators; optional ?status=); without an SMTP server every mail stays here")
    public Page<MailView> mailOutbox(@QueryParam("status") String status, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return mail.list(current.require(), MailStatus.parse(status), PageRequest.parse(page, size, 30));
    }

    @GET
    @Path("mail-outbox/smtp")
    @Operation(summary = "Whether an SMTP server is configured, and which (administrators; never the password)")
    public MailState smtp() {
        current.require().require(eu.clus3.core.identity.Permission.MANAGE_USERS);
        return new MailState(delivery.enabled(), delivery.enabled() ? delivery.settings().host() + ":"
                + delivery.settings().port() : null);
    }

    @POST
    @Path("mail-outbox/test")
    @Operation(summary = "Queue a test mail to an address, to check the SMTP settings (administrators)")
    public Response testMail(TestMail body) {
        return Response.status(Response.Status.CREATED)
                .entity(mail.queueTest(current.require(), body == null ? null : body.to())).build();
    }

    @POST
    @Path("mail-outbox/{id}/retry")
    @Operation(summary = "Try a failed mail again from the first attempt (administrators)")
    public MailView retryMail(@PathParam("id") long id) {
        return mail.retry(current.require(), id);
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all your notifications read")
    public Response markAllRead() {
        notifications.markAllRead(current.require());
        return Response.noContent().build();
    }
}
