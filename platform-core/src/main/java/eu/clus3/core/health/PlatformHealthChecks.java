package eu.clus3.core.health;

import eu.clus3.core.database.Database;
import eu.clus3.core.shared.Clus3Config;
import eu.clus3.search.IndexHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.nio.file.Files;
import java.nio.file.Path;

/** The platform is ready when its database answers and its data directories can be used. */
@ApplicationScoped
public class PlatformHealthChecks {

    @Inject
    Database database;
    @Inject
    Clus3Config config;

    @Produces
    @Readiness
    @Liveness
    HealthCheck database() {
        return () -> HealthCheckResponse.named("database")
                .status(database.isReachable())
                .withData("product", database.productName())
                .build();
    }

    @Produces
    @Readiness
    HealthCheck searchIndex() {
        return () -> {
            IndexHealth.Status status = IndexHealth.check(config.indexDir());
            return HealthCheckResponse.named("search-index")
                    .status(status.usable())
                    .withData("documents", status.documents())
                    .withData("detail", status.detail())
                    .build();
        };
    }

    @Produces
    @Readiness
    HealthCheck pluginDirectory() {
        return () -> {
            Path dir = config.pluginDir();
            boolean usable = Files.isDirectory(dir) && Files.isWritable(dir);
            return HealthCheckResponse.named("plugin-directory")
                    .status(usable)
                    .withData("detail", usable ? "ok" : "missing or not writable")
                    .build();
        };
    }
}
