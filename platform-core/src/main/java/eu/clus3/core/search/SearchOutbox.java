package eu.clus3.core.search;

import eu.clus3.core.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

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
}
