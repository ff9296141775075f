package eu.clus3.core.forum;

import java.util.Optional;
import java.util.function.Function;

/**
 * The forum's moderation settings.
 *
 * @param flagsToHide       open flags that hide a post until a moderator reviews it ({@code clus3.forum.flags-to-hide}, default 3)
 * @param approveFirstPosts how many posts of a new user a moderator approves before they appear, and while
 *                          that many are not yet approved their edits of approved posts too
 *                          ({@code clus3.forum.approve-first-posts}, default 0: off)
 */
public record ForumSettings(int flagsToHide, int approveFirstPosts) {

    public static final String FLAGS_TO_HIDE = "clus3.forum.flags-to-hide";
    public static final String APPROVE_FIRST_POSTS = "clus3.forum.approve-first-posts";

    public static final ForumSettings DEFAULTS = new ForumSettings(3, 0);

    public ForumSettings {
        if (flagsToHide < 1 || approveFirstPosts < 0) {
            throw new IllegalArgumentException("flags-to-hide must be at least 1, approve-first-posts at least 0");
        }
    }

    public static ForumSettings from(Function<String, String> lookup) {
        return new ForumSettings(number(lookup, FLAGS_TO_HIDE, DEFAULTS.flagsToHide()),
                number(lookup, APPROVE_FIRST_POSTS, DEFAULTS.approveFirstPosts()));
    }

    private static int number(Function<String, String> lookup, String key, int fallback) {
        return Optional.ofNullable(lookup.apply(key)).map(String::trim).filter(v -> !v.isEmpty())
                .map(Integer::parseInt).orElse(fallback);
    }
}
