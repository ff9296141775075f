package eu.clus3.core.search;

import eu.clus3.core.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where services say that something searchable changed, inside the transaction of the change: the row
 * exists exactly when the change does, so the index can never miss one (ARCHITECTURE.md, "Data flow of a
 * write"). The indexer later re-reads the subject's current state, so one call covers create, edit,
 * visibility change and delete alike.
 */
@ApplicationScoped
public class SearchOutbox {

    private Database db;
    private Clock clock;

    protected SearchOutbox() {
        // for CDI proxies
    }

    @Inject
    public SearchOutbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records that the subject {@code id} of {@code kind} (e.g. "cluster", "person", "topic", "post") changed.
     * Must be called inside {@link Database#inTransaction}.
     */
    public void changed(String kind, String id) {
        db.em().persist(new OutboxEntry(kind, id, clock.instant()));
    }

    // --- read by the indexer, inside its own transactions ---

    /** The next changes after {@code seq}, in sequence order. */
    List<OutboxEntry> after(long seq, int limit) {
        return db.em().createQuery("SELECT e FROM OutboxEntry e WHERE e.seq > :s ORDER BY e.seq", OutboxEntry.class)
                .setParameter("s", seq).setMaxResults(limit).getResultList();
    }

    /** Changes written since {@code since} with a sequence at most {@code seq}: where late commits show up. */
    List<OutboxEntry> writtenSince(Instant since, long seq) {
        return db.em().createQuery("SELECT e FROM OutboxEntry e WHERE e.writtenAt >= :t AND e.seq <= :s ORDER BY e.seq",
                        OutboxEntry.class)
                .setParameter("t", since).setParameter("s", seq).getResultList();
    }

    /** How many changes are kept after {@code seq}: the index's lag, in changes. */
    long countAfter(long seq) {
        return db.em().createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.seq > :s", Long.class)
                .setParameter("s", seq).getSingleResult();
    }

    /** When the change {@code seq} was written, if it is still kept. */
    Optional<Instant> writtenAt(long seq) {
        return db.em().createQuery("SELECT e.writtenAt FROM OutboxEntry e WHERE e.seq = :s", Instant.class)
                .setParameter("s", seq).getResultStream().findFirst();
    }

    /** The highest sequence written so far (0 when none is kept). */
    long head() {
        Long max = db.em().createQuery("SELECT MAX(e.seq) FROM OutboxEntry e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Forgets changes older than {@code before}; an index that had not applied them gets rebuilt. */
    int prune(Instant before) {
        return db.em().createQuery("DELETE FROM OutboxEntry e WHERE e.writtenAt < :t")
                .setParameter("t", before).executeUpdate();
    }
}
