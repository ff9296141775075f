package eu.clus3.core.forum;

import java.util.List;

/**
 * Posts of a topic after a given number (keyset paging).
 *
 * @param more whether posts follow the last one given: ask again with {@code after} = the last number
 */
public record PostPage(List<PostView> posts, boolean more) {
}
