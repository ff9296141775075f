package eu.clus3.core.forum;

import java.time.Instant;

/**
 * A post as shown: its Markdown source (for quoting and editing) and the sanitised HTML to display.
 *
 * @param acceptedBy who accepted it as an answer (null when it is not an accepted answer)
 * @param canEdit    whether the viewer may edit it
 */
public record PostView(long id, long topicId, int number, String author, String authorName, String markdown,
                       String html, PostStatus status, boolean goodPractice, String acceptedBy, Instant acceptedAt,
                       int likes, boolean likedByMe, Instant createdAt, Instant editedAt, int editCount, long version,
                       boolean canEdit) {
}
