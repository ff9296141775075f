package eu.clus3.core.forum;

import java.time.Instant;
import java.util.List;

/**
 * A topic's heading as its page shows it; the posts come separately, page by page ({@link PostPage}).
 *
 * @param lastNumber     the number of the newest post (posts above what a reader sees may be pending or hidden)
 * @param lastReadNumber the highest number the viewer has read (0: never opened, or a visitor)
 * @param indicatorRef   the benchmarking indicator the topic discusses, if any (a hook for the benchmarking module)
 */
public record TopicDetails(long id, long categoryId, String categoryName, String title, String author,
                           String authorName, String language, boolean question, List<String> tags, Long clusterId,
                           String indicatorRef, boolean pinned, boolean closed, boolean locked, PostStatus status,
                           int posts, int lastNumber, int lastReadNumber, Instant createdAt, Instant lastActivityAt,
                           long version, TopicPermissions permissions, WatchLevel watchLevel) {
}
