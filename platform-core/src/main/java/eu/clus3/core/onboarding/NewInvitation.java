package eu.clus3.core.onboarding;

import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.identity.PlatformRole;

/** Whom to invite, and with which roles; a cluster manager invites to their cluster as platform member. */
public record NewInvitation(String email, PlatformRole platformRole, Long clusterId, ClusterRole clusterRole) {
}
