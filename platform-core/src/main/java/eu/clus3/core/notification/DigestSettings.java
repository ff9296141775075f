package eu.clus3.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One person's digest choice and when their last digest went out. */
@Entity
@Table(name = "digest_settings")
public class DigestSettings {

    @Id
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DigestFrequency frequency;
    /** Only notifications from this moment on go into digests: opting in does not mail the past. */
    @Column(name = "opted_in_at", nullable = false)
    private Instant optedInAt;
    @Column(name = "last_sent_at")
    private Instant lastSentAt;
    @Version
    private long version;

    protected DigestSettings() {
        // for JPA
    }

    DigestSettings(long userId, DigestFrequency frequency, Instant now) {
        this.userId = userId;
        this.frequency = frequency;
        this.optedInAt = now;
        this.lastSentAt = now;
    }

    public long getUserId() { return userId; }
    public DigestFrequency getFrequency() { return frequency; }
    public Instant getLastSentAt() { return lastSentAt; }

    public Instant getOptedInAt() { return optedInAt; }

    void choose(DigestFrequency frequency, Instant now) {
        if (this.frequency == DigestFrequency.NONE && frequency != DigestFrequency.NONE) {
            this.optedInAt = now;
            this.lastSentAt = now;
        }
        this.frequency = frequency;
    }
    void sent(Instant at) { this.lastSentAt = at; }
}
