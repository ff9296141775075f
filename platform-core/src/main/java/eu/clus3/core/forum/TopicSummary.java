package eu.clus3.core.forum;

import java.time.Instant;
import java.util.List;

/**
 * A line of a topic list.
 *
 * @param posts  visible posts, the opening one included
 * @param unread visible posts the viewer has not read yet (all of them in a topic never opened); null for visitors
 */
public record TopicSummary(long id, long categoryId, String categoryName, String title, String author,
                           String authorName, String language, boolean question, List<String> tags, Long clusterId,
                           boolean pinned, boolean closed, boolean locked, PostStatus status, int posts,
                           Integer unread, Instant lastActivityAt, String lastPoster, Instant createdAt) {
}
