package eu.clus3.core.audit;

import java.time.Instant;

/** An audit entry as listed: what changed (action and details), on what, by whom, when. */
public record AuditView(long id, Instant at, String actor, String subjectType, long subjectId, Long clusterId,
                        String action, String details) {
}
