package eu.clus3.core.audit;

import eu.clus3.core.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Records changes inside the transaction that makes them, so an entry exists exactly when the change
 * does. Who may read which entries is decided by the feature services that own the subjects.
 */
@ApplicationScoped
public class AuditTrail {

    private Database db;
    private Clock clock;

    protected AuditTrail() {
        // for CDI proxies
    }

    @Inject
    public AuditTrail(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Who did something, as the audit trail names them (the platform's actors are authors). */
    public interface Author {
        long userId();

        String username();
    }

    public void record(Author actor, String subjectType, long subjectId, Long clusterId, String action, String details) {
        db.em().persist(new AuditEntry(clock.instant(), actor.userId(), actor.username(), subjectType, subjectId,
                clusterId, action, details));
    }

    /** An entry by someone who may have no account (a module's scheduled work): the name says who. */
    public void record(Long actorId, String actorName, String subjectType, long subjectId, Long clusterId, String action,
                       String details) {
        db.em().persist(new AuditEntry(clock.instant(), actorId, actorName, subjectType, subjectId, clusterId, action,
                details));
    }

    /** The newest entries of one cluster (its profile and its memberships). */
    public List<AuditView> ofCluster(long clusterId, int offset, int limit) {
        return db.em().createQuery("SELECT a FROM AuditEntry a WHERE a.clusterId = :c ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class)
                .setParameter("c", clusterId).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(AuditEntry::view).toList();
    }

    /** The newest entries about one subject, e.g. a user account. */
    public List<AuditView> ofSubject(String subjectType, long subjectId, int offset, int limit) {
        return db.em().createQuery("SELECT a FROM AuditEntry a WHERE a.subjectType = :t AND a.subjectId = :s"
                        + " ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
                .setParameter("t", subjectType).setParameter("s", subjectId)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(AuditEntry::view).toList();
    }
}
