package eu.clus3.core.forum;

import java.time.Instant;

/** One edit of a post: what it said before, who changed it, why and when. */
public record RevisionView(int revision, String titleBefore, String bodyBefore, String editor, String reason,
                           Instant editedAt) {
}
