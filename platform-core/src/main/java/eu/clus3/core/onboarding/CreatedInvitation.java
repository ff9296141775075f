package eu.clus3.core.onboarding;

/**
 * A new invitation and its link (a path under the platform's address). The link is shown to the
 * inviter this once, to send to the invitee while no mail server is configured.
 */
public record CreatedInvitation(String link, InvitationView invitation) {
}
