package eu.clus3.core.notification;

/** Why a person is told something. */
public enum NotificationKind {
    /** A new post in a topic they watch. */
    REPLY,
    /** A new topic in a category they watch. */
    NEW_TOPIC,
    /** Someone wrote @their-username. */
    MENTION,
    /** Their answer was accepted. */
    ANSWER_ACCEPTED,
    /** For moderators: a post waits for approval. */
    POST_PENDING,
    /** For moderators: a post was flagged. */
    POST_FLAGGED,
    /** A module told them something (its own words, and where to look). */
    MODULE
}
