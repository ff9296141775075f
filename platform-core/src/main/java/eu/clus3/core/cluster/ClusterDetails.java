package eu.clus3.core.cluster;

import java.time.Instant;

/**
 * A cluster profile as shown: the facts, the description rendered to safe HTML, the eligibility
 * checklist, and what the viewer may do with it. Send {@code version} back with an edit.
 */
public record ClusterDetails(long id, String slug, ClusterProfileData profile, String descriptionHtml,
                             Eligibility eligibility, boolean hasLogo, Instant createdAt, Instant updatedAt,
                             long version, ClusterPermissions permissions) {
}
