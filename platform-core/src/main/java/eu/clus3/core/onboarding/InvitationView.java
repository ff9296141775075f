package eu.clus3.core.onboarding;

import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.identity.PlatformRole;

import java.time.Instant;

/** An invitation as listed to those who manage them (never its link). */
public record InvitationView(long id, String email, PlatformRole platformRole, Long clusterId, String clusterName,
                             ClusterRole clusterRole, Instant createdAt, Instant expiresAt, Instant acceptedAt,
                             Instant revokedAt) {
}
