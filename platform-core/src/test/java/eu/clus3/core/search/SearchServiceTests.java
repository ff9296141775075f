package eu.clus3.core.search;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.ClusterSearchSource;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ClusterVisibility;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.LoginThrottle;
import eu.clus3.core.identity.NewUser;
import eu.clus3.core.identity.PasswordHasher;
import eu.clus3.core.identity.PersonProfile;
import eu.clus3.core.identity.PersonSearchSource;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.UserChanges;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import eu.clus3.search.SearchDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static eu.clus3.core.cluster.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search over clusters and people through the real outbox, indexer and Lucene index, on each database:
 * who finds what (hits, counts, facets, suggestions), freshness after a change, and recovery.
 */
abstract class SearchServiceTests extends PersistenceTest {

    static final Optional<Actor> VISITOR = Optional.empty();
    static final Duration WAIT = Duration.ofSeconds(10);

    /** One directory for the class (the test instance is shared); each test gets a fresh index inside it. */
    @TempDir
    Path indexes;
    Path indexRoot;

    UserService users;
    ClusterService clusters;
    SearchService search;
    Actor admin;
    Actor rita;
    Actor paul;
    Actor mia;
    Actor marco;

    SearchServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void startSearch() throws IOException {
        indexRoot = Files.createTempDirectory(indexes, "index");
        SearchOutbox outbox = new SearchOutbox(db, clock);
        AuditTrail audit = new AuditTrail(db, clock);
        users = new UserService(db, new UserRepository(db), new PasswordHasher(1_000), new LoginThrottle(clock), clock,
                audit, outbox);
        clusters = new ClusterService(db, new ClusterRepository(db), new UserRepository(db), audit, clock, outbox);
        users.createFirstAdministrator(Optional.of("an-Admin-Passw0rd-for-tests"));
        admin = users.activeActor("admin").orElseThrow();
        rita = person("rita", "Rita Regional", PlatformRole.REGIONAL_STAFF);
        paul = person("paul", "Paul Partner", PlatformRole.PARTNER);
        mia = person("mia", "Mia Member", PlatformRole.MEMBER);
        marco = person("marco", "Marco Membro", PlatformRole.MEMBER);
        search = newSearchService(outbox);
        search.start(sources(), indexRoot); // an empty index over a database with people: rebuilt at once
        awaitRebuildDone();
    }

    SearchService newSearchService(SearchOutbox outbox) {
        return new SearchService(db, outbox, new ViewerPrincipals(db, new ClusterRepository(db)),
                new ClusterRepository(db), clock);
    }

    List<SearchSource> sources() {
        return List.of(new ClusterSearchSource(db), new PersonSearchSource(db, new ClusterRepository(db)));
    }

    @AfterEach
    void stopSearch() {
        search.stop();
    }

    private Actor person(String username, String name, PlatformRole role) {
        users.create(admin, new NewUser(username, name, username + "@example.org", role, "a-Long-passw0rd-" + username));
        return users.activeActor(username).orElseThrow();
    }

    private SearchPage find(Optional<Actor> viewer, String text) {
        assertThat(search.awaitIndexed(WAIT)).as("indexer caught up").isTrue();
        return search.search(viewer, new SearchQuery(text, null, 0, 20, Locale.ENGLISH));
    }

    private List<String> titles(Optional<Actor> viewer, String text) {
        return find(viewer, text).hits().stream().map(SearchPage.Hit::title).toList();
    }

    private ClusterDetails platformOnlyCluster() {
        return clusters.create(admin, profile("Hidden Mechatronics Network").visibility(ClusterVisibility.PLATFORM)
                .description("A **mechatronics** network for members only").build());
    }

    // --- clusters: visibility in hits, counts, facets and suggestions ---

    @Test
    void a_public_cluster_is_found_by_everyone_with_its_link_and_facets() {
        clusters.create(admin, profile("DITENAVE").description("Shipbuilding and **maritime** technologies").build());

        SearchPage page = find(VISITOR, "maritime");

        assertThat(page.hits()).extracting(SearchPage.Hit::title, SearchPage.Hit::type, SearchPage.Hit::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DITENAVE", "cluster", "clusters/ditenave"));
        assertThat(page.hits().get(0).snippet()).contains("<mark>maritime</mark>").doesNotContain("**");
        assertThat(page.facets().get("cluster")).extracting(SearchPage.FacetValue::value, SearchPage.FacetValue::label,
                        SearchPage.FacetValue::filter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ditenave", "DITENAVE", "cluster:ditenave"));
        assertThat(page.facets().get("type")).extracting(SearchPage.FacetValue::filter).containsExactly("in:cluster");
    }

    @Test
    void a_platform_only_cluster_is_hidden_from_visitors_in_hits_counts_facets_and_suggestions() {
        platformOnlyCluster();
        clusters.create(admin, profile("Open Mechatronics Forum").description("mechatronics for all").build());

        SearchPage forVisitor = find(VISITOR, "mechatronics");
        SearchPage forMember = find(Optional.of(mia), "mechatronics");

        assertThat(forVisitor.hits()).extracting(SearchPage.Hit::title).containsExactly("Open Mechatronics Forum");
        assertThat(forVisitor.total()).isEqualTo(1);
        assertThat(forVisitor.facets().get("cluster")).extracting(SearchPage.FacetValue::label)
                .containsExactly("Open Mechatronics Forum");
        assertThat(search.suggest(VISITOR, "hidd", Locale.ENGLISH)).isEmpty();
        assertThat(forMember.hits()).extracting(SearchPage.Hit::title)
                .containsExactlyInAnyOrder("Open Mechatronics Forum", "Hidden Mechatronics Network");
        assertThat(search.suggest(Optional.of(mia), "hidd", Locale.ENGLISH)).extracting(SearchPage.Suggestion::text)
                .containsExactly("Hidden Mechatronics Network");
    }

    @Test
    void making_a_cluster_platform_only_hides_it_from_visitors_at_once() {
        ClusterDetails c = clusters.create(admin, profile("Agrifood FVG").build());
        assertThat(titles(VISITOR, "agrifood")).containsExactly("Agrifood FVG");

        clusters.update(admin, c.id(), c.version(), profile("Agrifood FVG").visibility(ClusterVisibility.PLATFORM).build());

        assertThat(titles(VISITOR, "agrifood")).isEmpty();
        assertThat(titles(Optional.of(mia), "agrifood")).containsExactly("Agrifood FVG");
    }

    // --- people ---

    @Test
    void people_are_found_by_those_who_see_the_directory_and_by_themselves_only() {
        users.updateOwnProfile(mia, new PersonProfile("Mia Member", "mia@example.org", "Friulian Shipyards",
                "Innovation manager", List.of("it", "en"), List.of("open innovation", "governance")));

        assertThat(titles(Optional.of(rita), "shipyards")).containsExactly("Mia Member");
        assertThat(titles(Optional.of(paul), "shipyards")).containsExactly("Mia Member");
        assertThat(titles(Optional.of(mia), "shipyards")).containsExactly("Mia Member");
        assertThat(titles(Optional.of(marco), "shipyards")).isEmpty();
        assertThat(titles(VISITOR, "shipyards")).isEmpty();
        assertThat(search.suggest(Optional.of(marco), "mia m", Locale.ENGLISH)).isEmpty();
        assertThat(find(Optional.of(marco), "governance").facets().get("tag")).isEmpty();
        assertThat(find(Optional.of(rita), "governance").facets().get("tag"))
                .extracting(SearchPage.FacetValue::filter).contains("tag:governance");
    }

    @Test
    void a_deactivated_person_disappears_and_a_pending_registration_is_never_found() {
        assertThat(titles(Optional.of(rita), "marco")).containsExactly("Marco Membro");
        users.openAccount(new NewUser("nina", "Nina Newcomer", "nina@example.org", PlatformRole.MEMBER,
                "a-Long-passw0rd-nina"), UserService.AccountOrigin.SELF_REGISTRATION);
        assertThat(titles(Optional.of(rita), "newcomer")).isEmpty();

        UserView marcoNow = users.get(admin, marco.userId());
        users.update(admin, marco.userId(), new UserChanges(null, null, null, false, marcoNow.version()));

        assertThat(titles(Optional.of(rita), "marco")).isEmpty();
        assertThat(titles(Optional.of(rita), "mia")).containsExactly("Mia Member");
    }

    @Test
    void joining_a_cluster_makes_a_person_filterable_by_that_cluster() {
        ClusterDetails c = clusters.create(admin, profile("DITENAVE").build());
        clusters.addPerson(admin, c.id(), "marco", ClusterRole.STAFF);

        assertThat(titles(Optional.of(rita), "marco cluster:ditenave")).containsExactly("Marco Membro");
        assertThat(titles(Optional.of(rita), "mia cluster:ditenave")).isEmpty();
    }

    // --- the query language and bad input ---

    @Test
    void anything_typed_is_answered_and_never_fails() {
        clusters.create(admin, profile("DITENAVE").build());
        for (String typed : List.of("\"unclosed", "cluster:", "-", "@", "before:notadate", "((((", "*:*", "' OR 1=1 --",
                "<script>alert(1)</script>", "\u202Egovernance", "Z̷̡̛a̸l̶g̵o̴", "in:", "tag:\"\"", "🙂🙂")) {
            assertThat(search.search(Optional.of(mia), new SearchQuery(typed, null, 0, 10, Locale.ENGLISH))).as(typed).isNotNull();
            assertThat(search.suggest(Optional.of(mia), typed, Locale.ENGLISH)).as(typed).isNotNull();
        }
    }

    @Test
    void a_query_over_the_limit_or_an_unknown_order_is_refused_with_the_field_named() {
        assertThatThrownBy(() -> search.search(VISITOR, new SearchQuery("x".repeat(1_001), null, 0, 10, Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("q"));
        assertThatThrownBy(() -> search.search(VISITOR, new SearchQuery("x", "loudest", 0, 10, Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("sort"));
        assertThatThrownBy(() -> search.search(VISITOR, new SearchQuery("x", null, 0, 51, Locale.ENGLISH)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void suggestions_start_at_the_second_letter() {
        clusters.create(admin, profile("DITENAVE").build());
        search.awaitIndexed(WAIT);

        assertThat(search.suggest(VISITOR, "d", Locale.ENGLISH)).isEmpty();
        assertThat(search.suggest(VISITOR, "di", Locale.ENGLISH)).extracting(SearchPage.Suggestion::text, SearchPage.Suggestion::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DITENAVE", "clusters/ditenave"));
    }

    // --- administration ---

    @Test
    void only_administrators_see_the_index_state_rebuild_it_or_check_it() {
        assertThatThrownBy(() -> search.status(rita)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> search.rebuild(mia)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> search.check(paul)).isInstanceOf(ForbiddenException.class);

        clusters.create(admin, profile("DITENAVE").build());
        search.awaitIndexed(WAIT);
        SearchIndexer.IndexState state = search.status(admin);
        assertThat(state.documents()).isEqualTo(6); // five people and one cluster
        assertThat(state.changesBehind()).isZero();
        assertThat(state.lastApplied()).isEqualTo(state.outboxHead());
    }

    @Test
    void an_online_rebuild_keeps_serving_and_ends_with_index_and_database_in_agreement() throws Exception {
        clusters.create(admin, profile("DITENAVE").build());
        assertThat(titles(VISITOR, "ditenave")).containsExactly("DITENAVE");

        assertThat(search.rebuild(admin)).isTrue();
        assertThat(titles(VISITOR, "ditenave")).containsExactly("DITENAVE"); // served during and after
        awaitRebuildDone();

        assertThat(search.check(admin).agrees()).isTrue();
        assertThat(titles(VISITOR, "ditenave")).containsExactly("DITENAVE");
    }

    @Test
    void the_check_reports_a_ghost_and_a_missing_document() {
        clusters.create(admin, profile("DITENAVE").build());
        search.awaitIndexed(WAIT);
        SearchIndexer indexer = indexerOf(search);
        long seq = indexer.index().lastAppliedSequence();
        indexer.index().upsert(SearchDocument.builder("cluster/999999").title("Ghost").visibleTo("public").build(), seq).join();
        indexer.index().delete("person/" + mia.userId(), seq).join();

        SearchIndexer.Consistency report = search.check(admin);

        assertThat(report.agrees()).as(report.toString()).isFalse();
        assertThat(report.ghosts()).containsExactly("cluster/999999");
        assertThat(report.missing()).as(report.toString()).containsExactly("person/" + mia.userId());
    }

    // --- freshness and recovery ---

    @Test
    void after_a_restart_the_index_catches_up_with_changes_made_while_it_was_down() {
        clusters.create(admin, profile("DITENAVE").build());
        search.awaitIndexed(WAIT);
        search.stop();

        clusters.create(admin, profile("Agrifood FVG").build()); // written while no indexer runs

        search = newSearchService(new SearchOutbox(db, clock));
        search.start(sources(), indexRoot);
        assertThat(titles(VISITOR, "agrifood")).containsExactly("Agrifood FVG");
        assertThat(titles(VISITOR, "ditenave")).containsExactly("DITENAVE");
        assertThat(search.check(admin).agrees()).isTrue();
    }

    @Test
    void a_deleted_index_directory_is_rebuilt_from_the_database_at_start() throws Exception {
        clusters.create(admin, profile("DITENAVE").build());
        search.awaitIndexed(WAIT);
        search.stop();
        try (Stream<Path> files = Files.walk(indexRoot)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(indexRoot)).forEach(p -> p.toFile().delete());
        }

        search = newSearchService(new SearchOutbox(db, clock));
        search.start(sources(), indexRoot);
        awaitRebuildDone();

        assertThat(titles(VISITOR, "ditenave")).containsExactly("DITENAVE");
        assertThat(search.check(admin).agrees()).isTrue();
    }

    @Test
    void a_change_that_commits_after_a_later_one_was_applied_is_still_indexed() {
        clusters.create(admin, profile("DITENAVE").build());
        search.awaitIndexed(WAIT);
        assertThat(indexerOf(search).index().lastAppliedSequence()).isGreaterThan(1L);
        ClusterDetails late = db.inTransaction(() -> {
            // a cluster whose outbox row gets a sequence below the applied ones, as a slow transaction leaves it
            ClusterDetails c = new ClusterService(db, new ClusterRepository(db), new UserRepository(db),
                    new AuditTrail(db, clock), clock, new SearchOutbox(db, clock) {
                @Override
                public void changed(String kind, String id) {
                    // written below by hand, with an old sequence
                }
            }).create(admin, profile("Late Logistics").build());
            return c;
        });
        sql().update("INSERT INTO search_outbox (seq, kind, subject_id, written_at) VALUES (?, ?, ?, ?)",
                1L, "cluster", String.valueOf(late.id()), java.sql.Timestamp.from(clock.instant()));

        // the outbox head did not move, so waiting for it says nothing: look until the next polls pick it up
        List<String> found = List.of();
        for (long deadline = System.nanoTime() + WAIT.toNanos(); found.isEmpty() && System.nanoTime() < deadline; ) {
            found = titles(VISITOR, "logistics");
        }
        assertThat(found).containsExactly("Late Logistics");
    }

    private void awaitRebuildDone() {
        for (int i = 0; i < 500 && search.status(admin).rebuilding(); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(search.status(admin).rebuilding()).isFalse();
    }

    private static SearchIndexer indexerOf(SearchService service) {
        try {
            java.lang.reflect.Field f = SearchService.class.getDeclaredField("indexer");
            f.setAccessible(true);
            return (SearchIndexer) f.get(service);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
