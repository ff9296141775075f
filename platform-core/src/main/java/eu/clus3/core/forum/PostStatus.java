package eu.clus3.core.forum;

/** Where a post stands in moderation; only {@link #VISIBLE} posts are shown to everyone who may read the topic. */
public enum PostStatus {
    /** Written by a new user, waiting for a moderator; seen by its author and moderators only. */
    PENDING,
    VISIBLE,
    /** Hidden by a moderator or by enough flags; seen by its author and moderators only. */
    HIDDEN,
    /** A pending post a moderator turned down; kept for the record, shown to moderators only. */
    REJECTED
}
