package eu.clus3.core.modules;

import eu.clus3.core.database.Database;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.plugin.api.SearchPublisher;

/** A module's {@link SearchPublisher}: an outbox row of kind {@code module:<id>}, in the caller's transaction if any. */
public final class ModuleSearchPublisher implements SearchPublisher {

    private final Database db;
    private final SearchOutbox outbox;
    private final String moduleId;

    public ModuleSearchPublisher(Database db, SearchOutbox outbox, String moduleId) {
        this.db = db;
        this.outbox = outbox;
        this.moduleId = moduleId;
    }

    @Override
    public void changed(String key) {
        if (key == null || key.isBlank() || key.length() > 80) {
            throw new IllegalArgumentException("A search entry key has 1 to 80 characters");
        }
        db.inTransaction(() -> outbox.changed(ModuleSearchSource.kind(moduleId), key));
    }
}
