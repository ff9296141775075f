package eu.clus3.plugin.testkit;

/** A mail a module queued, as the platform's outbox keeps it. */
public record SentMail(String to, String subject, String text) {
}
