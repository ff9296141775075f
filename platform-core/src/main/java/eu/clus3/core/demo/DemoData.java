package eu.clus3.core.demo;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PasswordPolicy;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.shared.Clus3Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.logging.Logger;

/** Fills an empty platform (only the first administrator in it) with the demo data set. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Database db;
    @Inject
    UserRepository users;
    @Inject
    Instance<DemoDataSet> parts;
    @Inject
    Clus3Config config;

    /** Returns true when it filled the database; false when the database already had data. */
    public boolean fillIfEmpty() {
        return db.inTransaction(() -> {
            if (users.count() != 1) {
                LOG.info("Demo data not loaded: the database is not empty");
                return false;
            }
            Actor admin = users.findByUsername(UserService.ADMIN_USERNAME).orElseThrow().asActor();
            String password = config.demoPassword().orElseGet(PasswordPolicy::generate);
            DemoContext context = new DemoContext(admin, password);
            parts.stream().sorted(Comparator.comparingInt(DemoDataSet::order)).forEach(p -> p.fill(context));
            LOG.warning("\n================================================================\n"
                    + " Demo data loaded. Demo accounts (e.g. giulia.bianchi, elena.furlan)\n"
                    + (config.demoPassword().isPresent()
                    ? " use the password in CLUS3_DEMO_PASSWORD.\n"
                    : " share this password, shown only this once: " + password + "\n")
                    + "================================================================");
            return true;
        });
    }
}
