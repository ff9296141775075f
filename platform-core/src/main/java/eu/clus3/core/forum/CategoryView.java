package eu.clus3.core.forum;

import java.util.List;

/**
 * A category as a reader sees it.
 *
 * @param moderator  whether the viewer moderates it
 * @param watchLevel the viewer's level for the whole category (NORMAL when never set or for visitors)
 */
public record CategoryView(long id, String slug, String name, String description, CategoryVisibility visibility,
                           Long clusterId, int sortOrder, List<String> moderators, long topics, boolean moderator,
                           WatchLevel watchLevel, long version) {
}
