package eu.clus3.plugin.testkit;

/**
 * A notification a module sent, as the platform stores it: the message stripped and cut at 200 characters,
 * the link platform-relative or {@code null}.
 */
public record SentNotification(long userId, String message, String link) {
}
