package eu.clus3.core.forum;

import java.time.Instant;

/**
 * A draft as its writer gets it back.
 *
 * @param topicId null for a new topic's draft
 */
public record DraftView(Long topicId, Long categoryId, String title, String body, Instant updatedAt) {

    static DraftView of(Draft d) {
        return new DraftView(d.getTopicId(), d.getCategoryId(), d.getTitle(), d.getBody(), d.getUpdatedAt());
    }
}
