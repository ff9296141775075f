package eu.clus3.core.forum;

import java.time.Instant;
import java.util.List;

/** A post waiting for a moderator: pending approval, or flagged (with the open flags). */
public record ReviewItem(PostView post, long topicId, String topicTitle, long categoryId, String categoryName,
                         List<FlagView> flags) {

    public record FlagView(String flagger, String reason, Instant createdAt) {
    }
}
