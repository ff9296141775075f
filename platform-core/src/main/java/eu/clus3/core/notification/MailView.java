package eu.clus3.core.notification;

import java.time.Instant;

/** A mail of the outbox as administrators see it; {@code sentAt} is null while it was not delivered. */
public record MailView(long id, String to, String subject, String body, Instant createdAt, Instant sentAt) {

    static MailView of(OutgoingMail m) {
        return new MailView(m.getId(), m.getTo(), m.getSubject(), m.getBody(), m.getCreatedAt(), m.getSentAt());
    }
}
