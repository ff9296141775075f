package eu.clus3.core.onboarding;

import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.LoginResult;
import eu.clus3.core.identity.LoginThrottle;
import eu.clus3.core.identity.NewUser;
import eu.clus3.core.identity.PasswordHasher;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

import java.util.Optional;

import static eu.clus3.core.cluster.ProfileBuilder.profile;

/**
 * Base of the onboarding tests: the services wired by hand as the server wires them, the first
 * administrator, and helpers for accounts that really sign in (real password hashes, unlike the
 * cluster tests' accounts).
 */
abstract class OnboardingTest extends PersistenceTest {

    static final String ADMIN_PASSWORD = "Admin-passw0rd-for-tests";
    static final String PASSWORD = "Member-passw0rd-for-tests";
    static final String NEW_PASSWORD = "Brand-new-passw0rd-42";
    static final String ADDRESS = "192.0.2.1";

    UserService users;
    ClusterService clusters;
    InvitationService invitations;
    PasswordResetService resets;
    Actor admin;

    OnboardingTest(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createServicesAndAdministrator() {
        AuditTrail audit = new AuditTrail(db, clock);
        users = new UserService(db, new UserRepository(db), new PasswordHasher(1_000), new LoginThrottle(clock), clock,
                audit, new SearchOutbox(db, clock));
        clusters = new ClusterService(db, new ClusterRepository(db), new UserRepository(db), audit, clock,
                new SearchOutbox(db, clock));
        invitations = new InvitationService(db, users, new UserRepository(db), clusters, clock, new AuditTrail(db, clock));
        resets = new PasswordResetService(db, new UserRepository(db), users, clock);
        users.createFirstAdministrator(Optional.of(ADMIN_PASSWORD));
        admin = users.activeActor(UserService.ADMIN_USERNAME).orElseThrow();
    }

    /** An active account with {@link #PASSWORD} and the e-mail address {@code username@example.org}. */
    Actor person(String username, String displayName, PlatformRole role) {
        UserView user = users.create(admin, new NewUser(username, displayName, username + "@example.org", role, PASSWORD));
        return actor(user);
    }

    /** A public cluster created by the administrator, with {@code manager} as its one manager. */
    ClusterDetails cluster(String name, String nuts, Actor manager) {
        ClusterDetails c = clusters.create(admin, profile(name).nuts(nuts)
                .portfolio(ComparativePortfolio.MARITIME_TECHNOLOGIES).build());
        clusters.addPerson(admin, c.id(), manager.username(), ClusterRole.MANAGER);
        return c;
    }

    boolean signsIn(String username, String password) {
        return users.signIn(username, password, ADDRESS) instanceof LoginResult.Success;
    }

    static Actor actor(UserView user) {
        return new Actor(user.id(), user.username(), user.role());
    }

    long count(String table) {
        return sql().number("SELECT COUNT(*) FROM " + table);
    }
}
