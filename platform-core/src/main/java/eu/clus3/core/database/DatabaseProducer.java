package eu.clus3.core.database;

import eu.clus3.core.shared.Clus3Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.logging.Logger;

/** Opens the one {@link Database} of the application at start and closes it at shutdown. */
@ApplicationScoped
public class DatabaseProducer {

    private static final Logger LOG = Logger.getLogger(DatabaseProducer.class.getName());

    @Produces
    @Singleton
    Database open(Clus3Config config) {
        LOG.info(() -> "Opening the database: " + config);
        return Database.open(config.effectiveDbUrl(), config.dbUser().orElse(null), config.dbPassword().orElse(null));
    }

    void close(@Disposes Database db) {
        db.close();
    }
}
