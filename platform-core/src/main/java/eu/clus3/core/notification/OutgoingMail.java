package eu.clus3.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A mail in the outbox: written in the transaction that decided to send it, delivered later by
 * {@link MailDelivery} when an SMTP server is configured. {@link #claim} counts an attempt and leases the row
 * to one sender (the version makes a second claimer lose), {@link #delivered} and {@link #failedAttempt}
 * record the outcome.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "user_id")
    private Long userId;
    @Column(name = "to_address", nullable = false, length = 254)
    private String to;
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(nullable = false, length = 200_000)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error", length = 1000)
    private String lastError;
    /** Not before this instant (a lease while a sender works on it, then the backoff after a failure). */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    /** Given up after too many attempts; an administrator may retry. */
    @Column(name = "failed_at")
    private Instant failedAt;
    @Version
    private long version;

    protected OutgoingMail() {
        // for JPA
    }

    OutgoingMail(Long userId, String to, String subject, String body, Instant createdAt) {
        this.userId = userId;
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    boolean isDue(Instant now) {
        return sentAt == null && failedAt == null && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    void claim(Instant now, Instant leaseUntil) {
        attempts++;
        nextAttemptAt = leaseUntil;
    }

    void delivered(Instant at) {
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Records a failed attempt: try again at {@code retryAt}, or give up when it is null. */
    void failedAttempt(Instant now, String error, Instant retryAt) {
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        nextAttemptAt = retryAt;
        if (retryAt == null) {
            failedAt = now;
        }
    }

    /** An administrator asks for a failed mail to be tried again (attempts start over). */
    void retry() {
        failedAt = null;
        nextAttemptAt = null;
        attempts = 0;
    }

    public MailStatus status() {
        return sentAt != null ? MailStatus.SENT : failedAt != null ? MailStatus.FAILED
                : attempts > 0 ? MailStatus.RETRYING : MailStatus.QUEUED;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getTo() { return to; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getFailedAt() { return failedAt; }
}
