package eu.clus3.core.forum;

/** How closely someone follows a topic or a category (Discourse's levels). */
public enum WatchLevel {
    /** Told of every new post (and, on a category, of every new topic). */
    WATCHING,
    /** Unread counts, but told only when mentioned or when their answer is accepted. */
    TRACKING,
    /** The default: told only when mentioned or when their answer is accepted. */
    NORMAL,
    /** Never told anything about it, not even mentions. */
    MUTED
}
