package eu.clus3.core.notification;

import java.time.Instant;

/**
 * A notification as listed to its recipient; {@code topicId}/{@code postNumber} say where a forum notification
 * leads, {@code link} (platform-relative) where a module's ({@code moduleId}) leads.
 */
public record NotificationView(long id, NotificationKind kind, String actorUsername, String subjectTitle,
                               Long topicId, Long postId, Integer postNumber, Instant createdAt, boolean read,
                               String link, String moduleId) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getActorUsername(), n.getSubjectTitle(), n.getTopicId(),
                n.getPostId(), n.getPostNumber(), n.getCreatedAt(), n.getReadAt() != null, n.getLink(), n.getModuleId());
    }
}
