package eu.clus3.core.onboarding;

import eu.clus3.core.cluster.ClusterRole;

import java.time.Instant;

/** What the invitee sees before accepting: who invited them, to what, until when. */
public record InvitationPreview(String email, String invitedBy, String clusterName, ClusterRole clusterRole,
                                Instant expiresAt) {
}
