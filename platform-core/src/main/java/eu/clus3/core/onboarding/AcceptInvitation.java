package eu.clus3.core.onboarding;

/** The account the invitee chooses when accepting. */
public record AcceptInvitation(String token, String username, String displayName, String password) {
}
