package eu.clus3.core.forum;

import java.util.Optional;
import java.util.function.Function;

/**
 * The forum's moderation and upload settings.
 *
 * @param flagsToHide       open flags that hide a post until a moderator reviews it ({@code clus3.forum.flags-to-hide}, default 3)
 * @param approveFirstPosts how many posts of a new user a moderator approves before they appear, and while
 *                          that many are not yet approved their edits of approved posts too
 *                          ({@code clus3.forum.approve-first-posts}, default 0: off)
 * @param imageMaxKb        the largest image a post may carry, in KiB ({@code clus3.forum.image-max-kb}, default 2048,
 *                          at most 20480)
 */
public record ForumSettings(int flagsToHide, int approveFirstPosts, int imageMaxKb) {

    public static final String FLAGS_TO_HIDE = "clus3.forum.flags-to-hide";
    public static final String APPROVE_FIRST_POSTS = "clus3.forum.approve-first-posts";
    public static final String IMAGE_MAX_KB = "clus3.forum.image-max-kb";
    static final int MAX_IMAGE_MAX_KB = 20 * 1024;

    public static final ForumSettings DEFAULTS = new ForumSettings(3, 0, 2048);

    public ForumSettings {
        if (flagsToHide < 1 || approveFirstPosts < 0) {
            throw new IllegalArgumentException("flags-to-hide must be at least 1, approve-first-posts at least 0");
        }
        if (imageMaxKb < 1 || imageMaxKb > MAX_IMAGE_MAX_KB) {
            throw new IllegalArgumentException("image-max-kb must be between 1 and " + MAX_IMAGE_MAX_KB);
        }
    }

    public ForumSettings(int flagsToHide, int approveFirstPosts) {
        this(flagsToHide, approveFirstPosts, DEFAULTS_IMAGE_MAX_KB);
    }

    private static final int DEFAULTS_IMAGE_MAX_KB = 2048;

    public static ForumSettings from(Function<String, String> lookup) {
        return new ForumSettings(number(lookup, FLAGS_TO_HIDE, DEFAULTS.flagsToHide()),
                number(lookup, APPROVE_FIRST_POSTS, DEFAULTS.approveFirstPosts()),
                number(lookup, IMAGE_MAX_KB, DEFAULTS.imageMaxKb()));
    }

    /** The largest image upload, in bytes. */
    public int imageMaxBytes() {
        return imageMaxKb * 1024;
    }

    private static int number(Function<String, String> lookup, String key, int fallback) {
        return Optional.ofNullable(lookup.apply(key)).map(String::trim).filter(v -> !v.isEmpty())
                .map(Integer::parseInt).orElse(fallback);
    }
}
