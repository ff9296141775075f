package eu.clus3.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A mail in the outbox: written in the transaction that decided to send it. */
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

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getTo() { return to; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
