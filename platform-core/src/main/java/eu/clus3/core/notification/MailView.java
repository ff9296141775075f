package eu.clus3.core.notification;

import java.time.Instant;

/**
 * A mail of the outbox as administrators see it: {@code sentAt} is null while it was not delivered;
 * {@code attempts}, {@code lastError} and {@code nextAttemptAt} tell how delivery goes.
 */
public record MailView(long id, String to, String subject, String body, Instant createdAt, Instant sentAt,
                       MailStatus status, int attempts, String lastError, Instant nextAttemptAt, Instant failedAt) {

    static MailView of(OutgoingMail m) {
        return new MailView(m.getId(), m.getTo(), m.getSubject(), m.getBody(), m.getCreatedAt(), m.getSentAt(),
                m.status(), m.getAttempts(), m.getLastError(), m.getNextAttemptAt(), m.getFailedAt());
    }
}
