package eu.clus3.core.platform;

import eu.clus3.core.database.Database;
import eu.clus3.core.demo.DemoData;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.search.SearchService;
import eu.clus3.core.search.SearchSource;
import eu.clus3.core.modules.ModuleService;
import eu.clus3.core.shared.Clus3Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs once when the application starts: data directories, schema migrations (by opening the
 * database), the first administrator, the demo data when asked for, the installed modules, and the
 * search indexer.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    Clus3Config config;
    @Inject
    Database database;
    @Inject
    UserService users;
    @Inject
    DemoData demo;
    @Inject
    UserRepository userRepository;
    @Inject
    SearchService search;
    @Inject
    Instance<SearchSource> sources;
    @Inject
    ModuleService modules;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            Files.createDirectories(config.dataDir());
            Files.createDirectories(config.indexDir());
            Files.createDirectories(config.pluginDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + config.dataDir(), e);
        }
        LOG.info(() -> "Clus3 " + PlatformInfo.current().version() + " on " + database.productName()
                + ", data in " + config.dataDir());
        users.createFirstAdministrator(config.adminPassword()).ifPresent(password -> LOG.warning(
                "\n================================================================\n"
                        + " First start: created the administrator 'admin'.\n"
                        + " Its password, shown only this once: " + password + "\n"
                        + " (set CLUS3_ADMIN_PASSWORD to choose it yourself next time)\n"
                        + "================================================================"));
        boolean demoLoaded = config.demo() && demo.fillIfEmpty();
        modules.startInstalled();
        if (demoLoaded) {
            // modules add their own demo content (e.g. benchmarkings of the demo clusters) as the administrator
            modules.events().publishAs(database.inTransaction(() -> userRepository.findByUsername(UserService.ADMIN_USERNAME)
                    .map(User::asActor)), "platform.demo-data-loaded", Map.of());
        }
        modules.followOtherNodes(java.time.Duration.ofSeconds(30));
        modules.runScheduledWork(java.time.Duration.ofSeconds(15));
        search.start(sources.stream().toList(), config.indexDir());
    }
}
