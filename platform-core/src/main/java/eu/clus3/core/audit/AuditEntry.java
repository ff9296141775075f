package eu.clus3.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change. Written once, never edited; keeps the actor's name even if the account changes. */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entries_seq", sequenceName = "audit_entries_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entries_seq")
    private Long id;

    @Column(nullable = false)
    private Instant at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_username", nullable = false, length = 64)
    private String actorUsername;
    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    @Column(name = "cluster_id")
    private Long clusterId;
    @Column(nullable = false, length = 40)
    private String action;
    @Column(nullable = false, length = 4000)
    private String details;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, Long actorId, String actorUsername, String subjectType, long subjectId, Long clusterId,
               String action, String details) {
        this.at = at;
        this.actorId = actorId;
        this.actorUsername = actorUsername;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.clusterId = clusterId;
        this.action = action;
        this.details = details.length() > 4000 ? details.substring(0, 3997) + "..." : details;
    }

    public AuditView view() {
        return new AuditView(id, at, actorUsername, subjectType, subjectId, clusterId, action, details);
    }
}
