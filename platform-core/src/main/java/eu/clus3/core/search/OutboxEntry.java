package eu.clus3.core.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of a searchable subject (a cluster, a person, a topic...), written with the change itself. */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    @Id
    @SequenceGenerator(name = "search_outbox_seq", sequenceName = "search_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_outbox_seq")
    private Long seq;

    @Column(nullable = false, length = 40)
    private String kind;
    @Column(name = "subject_id", nullable = false, length = 120)
    private String subjectId;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected OutboxEntry() {
        // for JPA
    }

    OutboxEntry(String kind, String subjectId, Instant writtenAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.writtenAt = writtenAt;
    }

    public long seq() {
        return seq;
    }

    public String kind() {
        return kind;
    }

    public String subjectId() {
        return subjectId;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
