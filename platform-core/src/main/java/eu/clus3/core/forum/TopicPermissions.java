package eu.clus3.core.forum;

/**
 * What the viewer may do with a topic, so that a client offers only what the service will accept.
 *
 * @param reply    write a post
 * @param accept   accept answers (a question's author and moderators)
 * @param moderate the moderation menu (hide, lock, pin, close, move, good practice, review)
 */
public record TopicPermissions(boolean reply, boolean accept, boolean moderate) {
}
