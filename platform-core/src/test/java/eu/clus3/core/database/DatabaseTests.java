package eu.clus3.core.database;

import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterProfileData;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.cluster.MemberCategory;
import eu.clus3.core.cluster.MembershipView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PasswordHasher;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.testing.JdbcTarget;
import eu.clus3.core.testing.MutableClock;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.Sql;
import eu.clus3.core.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The schema migrations and the transactions of {@link Database}; run on each supported database by
 * {@link DatabaseOnH2Test} and {@link DatabaseOnPostgresTest}.
 */
abstract class DatabaseTests extends PersistenceTest {

    private static final PasswordHasher HASHER = new PasswordHasher(1_000);

    DatabaseTests(TestDatabase database) {
        super(database);
    }

    // --- migrations: each test gets its own empty database ---

    @Test
    void a_fresh_database_is_migrated_to_the_latest_version(@TempDir Path dir) {
        JdbcTarget fresh = database.createEmpty(dir);
        try (Database opened = fresh.open()) {
            assertThat(opened.isReachable()).isTrue();
            assertThat(appliedVersions(opened.dataSource())).containsExactlyElementsOf(shippedVersions());
            assertThat(flyway(opened.dataSource()).info().pending()).isEmpty();
        }
    }

    @Test
    void a_database_created_by_v1_keeps_its_users_when_upgraded_and_they_get_the_default_locale(@TempDir Path dir) {
        JdbcTarget fresh = database.createEmpty(dir);
        DataSource plain = fresh.plainDataSource();
        Database.migrate(plain, MigrationVersion.fromVersion("1"));
        assertThat(appliedVersions(plain)).containsExactly("1");

        String hash = HASHER.hash("an old but good password".toCharArray());
        new Sql(plain).update("INSERT INTO users (id, username, display_name, email, password_hash, platform_role,"
                        + " active, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                1000L, "veteran", "Vera Veteran", "vera@example.org", hash, "PARTNER", true,
                Timestamp.from(MutableClock.START), 3L);

        try (Database upgraded = fresh.open()) {
            assertThat(appliedVersions(upgraded.dataSource())).containsExactlyElementsOf(shippedVersions());
            Map<String, Object> row = new Sql(upgraded.dataSource())
                    .row("SELECT username, display_name, email, password_hash, platform_role, active, version, locale"
                            + " FROM users WHERE id = 1000");
            assertThat(row).containsEntry("username", "veteran")
                    .containsEntry("display_name", "Vera Veteran")
                    .containsEntry("email", "vera@example.org")
                    .containsEntry("password_hash", hash)
                    .containsEntry("platform_role", "PARTNER")
                    .containsEntry("active", true)
                    .containsEntry("locale", "en");
            assertThat(((Number) row.get("version")).longValue()).isEqualTo(3L);

            // JPA reads the upgraded row like any other.
            User user = upgraded.inTransaction(() -> new UserRepository(upgraded).findByUsername("veteran")).orElseThrow();
            assertThat(user.getId()).isEqualTo(1000L);
            assertThat(user.getRole()).isEqualTo(PlatformRole.PARTNER);
            assertThat(user.getLocale()).isEqualTo("en");
            assertThat(user.getCreatedAt()).isEqualTo(MutableClock.START);
            assertThat(user.getVersion()).isEqualTo(3L);
            assertThat(HASHER.verify("an old but good password".toCharArray(), user.getPasswordHash())).isTrue();
        }
    }

    @Test
    void a_database_at_v2_keeps_its_users_and_tokens_and_they_join_clusters_after_the_upgrade(@TempDir Path dir) {
        JdbcTarget fresh = database.createEmpty(dir);
        DataSource plain = fresh.plainDataSource();
        Database.migrate(plain, MigrationVersion.fromVersion("2"));
        Sql v2 = new Sql(plain);
        String insertUser = "INSERT INTO users (id, username, display_name, email, password_hash, platform_role,"
                + " active, created_at, version, locale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        v2.update(insertUser, 1000L, "veteran", "Vera Veteran", "vera@example.org", "hash-1", "MEMBER", true,
                Timestamp.from(MutableClock.START), 0L, "it");
        v2.update(insertUser, 1001L, "rita", "Rita Regional", null, "hash-2", "REGIONAL_STAFF", true,
                Timestamp.from(MutableClock.START), 0L, "en");
        v2.update("INSERT INTO api_tokens (id, user_id, name, token_prefix, token_hash, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", 7L, 1000L, "old script", "clus3_ab", "a".repeat(64),
                Timestamp.from(MutableClock.START));

        try (Database upgraded = fresh.open()) {
            Sql sql = new Sql(upgraded.dataSource());
            assertThat(sql.rows("SELECT id, username, locale FROM users ORDER BY id"))
                    .extracting(r -> ((Number) r.get("id")).longValue(), r -> r.get("username"), r -> r.get("locale"))
                    .containsExactly(tuple(1000L, "veteran", "it"), tuple(1001L, "rita", "en"));
            assertThat(sql.row("SELECT user_id, name FROM api_tokens WHERE id = 7"))
                    .containsEntry("name", "old script");
            assertThat(sql.number("SELECT COUNT(*) FROM clusters")).isZero();

            // The new tables work with the accounts that were there before them.
            ClusterService clusters = new ClusterService(upgraded, new ClusterRepository(upgraded),
                    new UserRepository(upgraded), new AuditTrail(upgraded, clock), clock,
                    new SearchOutbox(upgraded, clock));
            Actor rita = new Actor(1001L, "rita", PlatformRole.REGIONAL_STAFF);
            ClusterDetails cluster = clusters.create(rita, new ClusterProfileData("DITENAVE", null, "ITH44", null,
                    ComparativePortfolio.MARITIME_TECHNOLOGIES, null, 2008, null, false, null, null, null,
                    BigDecimal.ONE, Map.of(MemberCategory.SME, 20), null));
            clusters.addPerson(rita, cluster.id(), "veteran", ClusterRole.MANAGER);

            assertThat(clusters.myClusters(new Actor(1000L, "veteran", PlatformRole.MEMBER)))
                    .extracting(MembershipView::clusterName, MembershipView::role)
                    .containsExactly(tuple("DITENAVE", ClusterRole.MANAGER));
            assertThat(sql.number("SELECT COUNT(*) FROM audit_entries WHERE actor_id = 1001")).isEqualTo(2);
        }
    }

    @Test
    void opening_an_up_to_date_database_again_runs_no_migration_and_keeps_the_data(@TempDir Path dir) {
        JdbcTarget fresh = database.createEmpty(dir);
        List<Map<String, Object>> historyBefore;
        try (Database first = fresh.open()) {
            first.inTransaction(() -> new UserRepository(first).add(newUser("keeper")));
            historyBefore = history(first.dataSource());
        }
        try (Database second = fresh.open()) {
            assertThat(history(second.dataSource())).isEqualTo(historyBefore);
            assertThat(second.inTransaction(() -> new UserRepository(second).findByUsername("keeper"))).isPresent();
            assertThat(new Sql(second.dataSource()).number("SELECT COUNT(*) FROM users")).isEqualTo(1);
        }
    }

    @Test
    void an_unsupported_database_url_is_refused_without_showing_the_password() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/clus3?user=a&password=s3cret", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/clus3")
                .hasMessageNotContaining("s3cret");
    }

    // --- transactions: on this class's database ---

    @Test
    void a_transaction_commits_its_work() {
        db.inTransaction(() -> new UserRepository(db).add(newUser("committed")));

        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'committed'")).isEqualTo(1);
    }

    @Test
    void work_that_throws_is_rolled_back_and_the_exception_passes_through() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> db.inTransaction(() -> {
            new UserRepository(db).add(newUser("doomed"));
            db.em().flush();
            throw failure;
        })).isSameAs(failure);

        assertThat(sql().number("SELECT COUNT(*) FROM users")).isZero();
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        UserRepository users = new UserRepository(db);

        assertThatThrownBy(() -> db.inTransaction(() -> {
            users.add(newUser("outer"));
            db.inTransaction(() -> users.add(newUser("inner")));
            assertThat(db.inTransaction(() -> users.count())).isEqualTo(2);
            throw new IllegalStateException("undo both");
        })).hasMessage("undo both");

        assertThat(sql().number("SELECT COUNT(*) FROM users")).isZero();
    }

    @Test
    void the_entity_manager_is_only_available_inside_a_transaction() {
        assertThatThrownBy(db::em).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inTransaction");
        db.inTransaction(() -> assertThat(db.em().isOpen()).isTrue());
        assertThatThrownBy(db::em).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_violated_unique_constraint_is_a_conflict_and_stores_nothing() {
        UserRepository users = new UserRepository(db);

        // What two simultaneous creations of one user name end in, once both passed the service's check.
        assertThatThrownBy(() -> db.inTransaction(() -> {
            users.add(newUser("twin"));
            users.add(newUser("twin"));
        })).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("error.duplicate"));

        assertThat(sql().number("SELECT COUNT(*) FROM users")).isZero();
    }

    @Test
    void the_database_reports_its_product() {
        assertThat(db.isReachable()).isTrue();
        assertThat(db.productName()).isEqualTo(database == TestDatabase.H2 ? "H2" : "PostgreSQL");
    }

    private static User newUser(String username) {
        return new User(username, "User " + username, null, HASHER.hash("a long enough password".toCharArray()),
                PlatformRole.MEMBER, MutableClock.START);
    }

    private static Flyway flyway(DataSource ds) {
        return Flyway.configure(Database.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration").load();
    }

    /** Every migration in db/migration, in version order: a new migration needs no change to these tests. */
    private static List<String> shippedVersions() {
        try {
            Path folder = Path.of(DatabaseTests.class.getClassLoader().getResource("db/migration").toURI());
            try (var files = java.nio.file.Files.list(folder)) {
                return files.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("V\\d+__.+\\.sql"))
                        .map(n -> n.substring(1, n.indexOf("__")))
                        .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                        .toList();
            }
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> appliedVersions(DataSource ds) {
        return Arrays.stream(flyway(ds).info().applied())
                .filter(m -> m.getState().isApplied() && m.getState().isResolved())
                .map(MigrationInfo::getVersion).map(MigrationVersion::getVersion).toList();
    }

    private static List<Map<String, Object>> history(DataSource ds) {
        return new Sql(ds).rows("SELECT \"installed_rank\", \"version\", \"checksum\", \"installed_on\", \"success\""
                + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");
    }
}
