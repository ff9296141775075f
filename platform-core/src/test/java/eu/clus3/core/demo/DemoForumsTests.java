package eu.clus3.core.demo;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.forum.CategoryService;
import eu.clus3.core.forum.CategoryView;
import eu.clus3.core.forum.ForumAccess;
import eu.clus3.core.forum.ForumRepository;
import eu.clus3.core.forum.ForumSettings;
import eu.clus3.core.forum.ModerationService;
import eu.clus3.core.forum.PostView;
import eu.clus3.core.forum.Subscriptions;
import eu.clus3.core.forum.TopicActivity;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.forum.TopicSummary;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.LoginThrottle;
import eu.clus3.core.identity.PasswordHasher;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo forums load on top of the demo people and clusters, and read as lively discussions. */
abstract class DemoForumsTests extends PersistenceTest {

    DemoForumsTests(TestDatabase database) {
        super(database);
    }

    @Test
    void the_demo_fills_categories_and_discussions_in_english_and_italian() {
        UserRepository userRepository = new UserRepository(db);
        ClusterRepository clusterRepository = new ClusterRepository(db);
        UserService users = new UserService(db, userRepository, new PasswordHasher(1_000), new LoginThrottle(clock),
                clock, new AuditTrail(db, clock), new eu.clus3.core.search.SearchOutbox(db, clock));
        ClusterService clusters = new ClusterService(db, clusterRepository, userRepository, new AuditTrail(db, clock), clock,
                new eu.clus3.core.search.SearchOutbox(db, clock));
        ForumRepository forum = new ForumRepository(db);
        ForumAccess access = new ForumAccess(clusterRepository);
        NotificationService notifications = new NotificationService(db, clock);
        Subscriptions subscriptions = new Subscriptions(forum, userRepository, access, notifications);
        SearchOutbox outbox = new SearchOutbox(db, clock);
        TopicService topics = new TopicService(db, forum, access, userRepository, clusterRepository, subscriptions,
                notifications, outbox, new TopicActivity(), ForumSettings.DEFAULTS, clock);
        DemoPeople people = new DemoPeople();
        people.users = users;
        DemoClusters demoClusters = new DemoClusters();
        demoClusters.clusters = clusters;
        DemoForums forums = new DemoForums();
        forums.categories = new CategoryService(db, forum, access, userRepository, clusterRepository, subscriptions,
                outbox, clock);
        forums.topics = topics;
        forums.moderation = new ModerationService(db, forum, access, topics, userRepository, subscriptions,
                notifications, outbox, new TopicActivity(), ForumSettings.DEFAULTS, clock);
        forums.users = users;
        forums.clusters = clusters;
        User admin = db.inTransaction(() -> userRepository.add(new User("admin", "Administrator", null, "x",
                PlatformRole.ADMINISTRATOR, clock.instant())));
        DemoContext context = new DemoContext(admin.asActor(), "Demo-Passw0rd-2026");

        db.inTransaction(() -> List.of(people, demoClusters, forums).forEach(p -> p.fill(context)));

        Optional<Actor> visitor = Optional.empty();
        Optional<Actor> andrea = users.activeActor("andrea.pittana");
        Optional<Actor> sara = users.activeActor("sara.colussi");
        assertThat(forums.categories.categories(visitor)).extracting(CategoryView::name)
                .containsExactly("Governance", "Services", "Internationalisation", "Strategy");
        assertThat(forums.categories.categories(andrea)).extracting(CategoryView::name).contains("DITENAVE board");
        assertThat(forums.categories.categories(sara)).extracting(CategoryView::name).doesNotContain("DITENAVE board");
        List<TopicSummary> latest = topics.latest(visitor, null, new PageRequest(0, 20)).items();
        assertThat(latest).extracting(TopicSummary::language).contains("en", "it");
        TopicSummary steering = latest.stream().filter(t -> t.title().startsWith("How often")).findFirst().orElseThrow();
        assertThat(steering.posts()).isEqualTo(5);
        List<PostView> posts = topics.posts(visitor, steering.id(), 0, 20).posts();
        assertThat(posts).filteredOn(p -> p.acceptedBy() != null).hasSize(2);
        assertThat(posts).filteredOn(PostView::goodPractice).hasSize(1);
        assertThat(notifications.unreadCount(users.activeActor("elena.furlan").orElseThrow())).isPositive();
    }
}
