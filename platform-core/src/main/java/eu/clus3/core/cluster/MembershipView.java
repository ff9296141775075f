package eu.clus3.core.cluster;

import java.time.Instant;

/** One person's role in a cluster. */
public record MembershipView(long id, long clusterId, String clusterSlug, String clusterName, long userId, String username,
                             String displayName, ClusterRole role, Instant since, boolean active) {

    static MembershipView of(ClusterMembership m) {
        return new MembershipView(m.getId(), m.getCluster().getId(), m.getCluster().getSlug(), m.getCluster().getName(),
                m.getUser().getId(),
                m.getUser().getUsername(), m.getUser().getDisplayName(), m.getRole(), m.getCreatedAt(),
                m.getUser().isActive());
    }
}
