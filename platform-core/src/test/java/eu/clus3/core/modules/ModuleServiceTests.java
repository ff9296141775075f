package eu.clus3.core.modules;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.cluster.ProfileBuilder;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.modules.testmodule.Announcer;
import eu.clus3.core.notification.NotificationKind;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.notification.NotificationView;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.modules.testmodule.EventLog;
import eu.clus3.core.modules.testmodule.FailingStart;
import eu.clus3.core.modules.testmodule.HangingStart;
import eu.clus3.core.modules.testmodule.Hello;
import eu.clus3.core.modules.testmodule.Notes;
import eu.clus3.core.modules.testmodule.Page;
import eu.clus3.core.modules.testmodule.Pages;
import eu.clus3.core.modules.testmodule.Rounds;
import eu.clus3.core.modules.testmodule.TallyView;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterSearchSource;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.search.SearchPage;
import eu.clus3.core.search.SearchPrincipals;
import eu.clus3.core.search.SearchQuery;
import eu.clus3.core.search.SearchService;
import eu.clus3.core.search.ViewerPrincipals;
import eu.clus3.core.testing.MutableClock;
import eu.clus3.core.shared.Clus3Config;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import eu.clus3.plugin.api.DocumentCollection;
import eu.clus3.plugin.api.DocumentField;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.DocumentRevision;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.StaleDocumentException;
import eu.clus3.plugin.api.StoredDocument;
import eu.clus3.search.SearchDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Installing, running, upgrading, disabling and removing modules against a real database and real PF4J
 * class loaders (the modules are jars built from {@code testmodule} classes). Run on each database by
 * {@link ModuleServiceOnH2Test} and {@link ModuleServiceOnPostgresTest}.
 */
abstract class ModuleServiceTests extends PersistenceTest {

    @TempDir
    Path dataDir;

    final List<ModuleNotification> notifications = new ArrayList<>();
    final List<ModuleService> services = new ArrayList<>();
    final List<SearchService> searches = new ArrayList<>();
    ModuleService service;
    Actor admin;
    Actor member;

    ModuleServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void startHost() {
        admin = user("admin", PlatformRole.ADMINISTRATOR);
        member = user("mia", PlatformRole.MEMBER);
        service = node(dataDir);
    }

    @AfterEach
    void stopHosts() {
        searches.forEach(SearchService::stop);
        services.forEach(ModuleService::close);
    }

    /** A platform node with its own data directory, on the shared database. */
    ModuleService node(Path dir) {
        ModuleService node = node(db, clock, dir, notifications::add);
        services.add(node);
        return node;
    }

    /** A platform node as the server builds it, on {@code db}, with its data in {@code dir}; close it after the test. */
    static ModuleService node(Database db, java.time.Clock clock, Path dir,
                              java.util.function.Consumer<ModuleNotification> notified) {
        Clus3Config config = Clus3Config.from(Map.of(Clus3Config.DATA_DIR, dir.toString())::get);
        ModuleSettings settings = new ModuleSettings(32L << 20, 256L << 20, 10_000, Optional.empty(), 2);
        return new ModuleService(db, config, settings,
                new ClusterService(db, new ClusterRepository(db), new UserRepository(db), new AuditTrail(db, clock), clock,
                        new SearchOutbox(db, clock)),
                new UserRepository(db), new SearchOutbox(db, clock), new AuditTrail(db, clock), clock,
                ModuleService.deliveredBy(new NotificationService(db, clock)).andThen(notified),
                new ModuleCaller());
    }

    static byte[] notesModule(String version) {
        return ModuleArchive.module("notes", version).extensions(Hello.class, Notes.class, EventLog.class, Pages.class)
                .classes(Page.class).jar();
    }

    // --- install and run ---

    @Test
    void an_installed_module_runs_at_once_and_is_listed_with_what_it_contributes() {
        byte[] jar = notesModule("1.0.0");

        ModuleSummary installed = service.install(admin, "notes-1.0.0.jar", jar, Optional.empty());

        assertThat(installed.state()).isEqualTo(ModuleState.STARTED);
        assertThat(installed.version()).isEqualTo("1.0.0");
        assertThat(installed.sha256()).isEqualTo(ArtifactVerifier.sha256(jar));
        assertThat(installed.installedBy()).isEqualTo("admin");
        assertThat(installed.contributions()).containsExactly("1 view", "REST endpoint", "search entries", "event listener");
        assertThat(service.list(admin)).extracting(ModuleSummary::id).containsExactly("notes");
        RunningModule running = service.host().running("notes").orElseThrow();
        assertThat(running.endpoints().get(0).resource()).isEqualTo("notes 1.0.0");
        assertThat(running.classLoader()).isNotSameAs(ModuleServiceTests.class.getClassLoader());
        assertThat(running.views().get(0).views().get(0).view().getClassLoader()).isSameAs(running.classLoader());
    }

    @Test
    void a_modules_notification_reaches_the_persons_notification_list() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        var context = service.host().running("notes").orElseThrow().context();
        NotificationService inbox = new NotificationService(db, clock);

        context.notifications().notify(member.userId(), "  Your report on Tessile Prato is ready  ",
                context.links().moduleView("reports/7"));

        List<NotificationView> mine = inbox.mine(member, new PageRequest(0, 10)).items();
        assertThat(mine).hasSize(1);
        NotificationView n = mine.get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.MODULE);
        assertThat(n.subjectTitle()).isEqualTo("Your report on Tessile Prato is ready");
        assertThat(n.link()).isEqualTo("modules/notes/reports/7");
        assertThat(n.moduleId()).isEqualTo("notes");
        assertThat(n.read()).isFalse();
        assertThat(inbox.unreadCount(member)).isEqualTo(1);
        assertThat(inbox.mine(admin, new PageRequest(0, 10)).items()).isEmpty();
        inbox.markRead(member, n.id());
        assertThat(inbox.unreadCount(member)).isZero();
    }

    @Test
    void a_modules_notification_with_a_foreign_link_an_unknown_person_or_no_message_is_refused_and_nothing_is_kept() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        var notifications = service.host().running("notes").orElseThrow().context().notifications();

        for (String link : List.of("https://elsewhere.example/x", "//elsewhere.example", "/absolute", "javascript:alert(1)",
                "modules\\x", "x".repeat(501))) {
            assertThatThrownBy(() -> notifications.notify(member.userId(), "hi", link))
                    .as(link).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platform-relative");
        }
        assertThatThrownBy(() -> notifications.notify(999_999L, "hi", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999");
        assertThatThrownBy(() -> notifications.notify(member.userId(), " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NotificationService(db, clock).mine(member, new PageRequest(0, 10)).items()).isEmpty();

        String longMessage = "a".repeat(300);
        notifications.notify(member.userId(), longMessage, null);
        NotificationView kept = new NotificationService(db, clock).mine(member, new PageRequest(0, 10)).items().get(0);
        assertThat(kept.subjectTitle()).hasSize(200).endsWith("\u2026");
        assertThat(kept.link()).isNull();
    }

    @Test
    void only_administrators_manage_modules() {
        byte[] jar = notesModule("1.0.0");

        assertThatThrownBy(() -> service.install(member, "notes.jar", jar, Optional.empty())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.list(member)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.verify(member, "notes.jar", jar, Optional.empty())).isInstanceOf(ForbiddenException.class);
        service.install(admin, "notes.jar", jar, Optional.empty());
        assertThatThrownBy(() -> service.disable(member, "notes")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.uninstall(member, "notes", false, null)).isInstanceOf(ForbiddenException.class);
        assertThat(service.host().running("notes")).isPresent();
    }

    @Test
    void a_refused_upload_leaves_nothing_behind() throws Exception {
        assertThatThrownBy(() -> service.install(admin, "x.jar", "not a jar".getBytes(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.install(admin, "future.jar",
                ModuleArchive.module("future", "1.0.0").with("Plugin-Requires", ">=9.0.0").jar(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("requires plugin API >=9.0.0");

        assertThat(service.list(admin)).isEmpty();
        try (var files = Files.list(dataDir.resolve("plugins"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void verifying_shows_the_sha256_and_whether_it_would_install_or_upgrade() {
        byte[] v1 = notesModule("1.0.0");
        assertThat(service.verify(admin, "notes.jar", v1, Optional.empty()).upgradesVersion()).isNull();
        service.install(admin, "notes.jar", v1, Optional.empty());

        byte[] v2 = notesModule("2.0.0");
        ModuleService.Verification check = service.verify(admin, "notes-2.jar", v2, Optional.empty());

        assertThat(check.upgradesVersion()).isEqualTo("1.0.0");
        assertThat(check.artifact().sha256()).isEqualTo(ArtifactVerifier.sha256(v2));
        assertThat(service.host().running("notes").orElseThrow().version()).isEqualTo("1.0.0");
    }

    // --- the module's store ---

    @Test
    void the_store_keeps_documents_with_versions_and_history_and_refuses_stale_writes() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        DocumentCollection notes = context("notes").store().collection("notes");

        StoredDocument created = notes.create("n1", null, "{\"text\":\"first\"}");
        StoredDocument updated = notes.update("n1", created.version(), "{\"text\":\"second\"}");

        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(notes.get("n1").orElseThrow().json()).isEqualTo("{\"text\":\"second\"}");
        assertThatThrownBy(() -> notes.update("n1", created.version(), "{\"text\":\"lost\"}"))
                .isInstanceOf(StaleDocumentException.class)
                .satisfies(e -> assertThat(((StaleDocumentException) e).currentVersion()).isEqualTo(updated.version()));
        assertThatThrownBy(() -> notes.create("n1", null, "{}")).isInstanceOf(StaleDocumentException.class);
        notes.delete("n1", updated.version());
        assertThat(notes.get("n1")).isEmpty();
        assertThat(notes.history("n1")).extracting(DocumentRevision::json, DocumentRevision::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("{\"text\":\"first\"}", false),
                org.assertj.core.groups.Tuple.tuple("{\"text\":\"second\"}", false),
                org.assertj.core.groups.Tuple.tuple(null, true));
    }

    @Test
    void two_writers_at_the_same_version_never_both_win_one_is_told_the_document_is_stale() throws Exception {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        DocumentCollection notes = context("notes").store().collection("notes");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String key = "race-" + round;
                // two creates of one key, then two updates from version 1: each time one wins, the other is stale
                for (boolean creating : new boolean[]{true, false}) {
                    var start = new java.util.concurrent.CyclicBarrier(2);
                    List<java.util.concurrent.Future<Object>> writers = new ArrayList<>();
                    for (int w = 0; w < 2; w++) {
                        String json = "{\"writer\":" + w + "}";
                        writers.add(pool.submit(() -> {
                            start.await();
                            try {
                                return creating ? notes.create(key, null, json) : notes.update(key, 1, json);
                            } catch (StaleDocumentException e) {
                                return e;
                            }
                        }));
                    }
                    List<Object> outcomes = new ArrayList<>();
                    for (var writer : writers) {
                        outcomes.add(writer.get(30, java.util.concurrent.TimeUnit.SECONDS));
                    }
                    assertThat(outcomes).as("round %d, %s", round, creating ? "create" : "update")
                            .filteredOn(StaleDocumentException.class::isInstance).hasSize(1);
                }
                assertThat(notes.get(key).orElseThrow().version()).isEqualTo(2);
                assertThat(notes.history(key)).extracting(DocumentRevision::version).containsExactly(1L, 2L);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_store_refuses_what_is_not_a_json_document() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        DocumentCollection notes = context("notes").store().collection("notes");

        assertThatThrownBy(() -> notes.create("bad", null, "{not json")).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("valid JSON");
        assertThatThrownBy(() -> notes.create("bad", null, "42")).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> notes.create(" ", null, "{}")).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> notes.create("k", 999_999L, "{}")).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("no cluster");
        assertThatThrownBy(() -> context("notes").store().collection("no spaces")).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void the_store_answers_simple_queries_by_key_prefix_change_time_and_page() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        DocumentCollection notes = context("notes").store().collection("notes");
        for (String key : List.of("2026/b", "2026/a", "2025/z", "2026/100%")) {
            notes.create(key, null, "{\"k\":\"" + key + "\"}");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(notes.find(DocumentQuery.all().keyStartingWith("2026/"))).extracting(StoredDocument::key)
                .containsExactly("2026/100%", "2026/a", "2026/b");
        assertThat(notes.find(DocumentQuery.all().keyStartingWith("2026/1"))).extracting(StoredDocument::key)
                .containsExactly("2026/100%");
        assertThat(notes.find(DocumentQuery.all().newestChangeFirst().limit(2))).extracting(StoredDocument::key)
                .containsExactly("2026/100%", "2025/z");
        assertThat(notes.find(DocumentQuery.all().offset(1).limit(2))).extracting(StoredDocument::key)
                .containsExactly("2026/100%", "2026/a");
        assertThat(notes.count(DocumentQuery.all().changedSince(clock.instant().minus(Duration.ofMinutes(2)))))
                .isEqualTo(2);
        assertThat(context("notes").store().collection("other").count(DocumentQuery.all())).isZero();
    }

    // --- upgrade, disable, enable, uninstall ---

    @Test
    void an_upgrade_stops_the_old_version_starts_the_new_one_and_keeps_the_data() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        context("notes").store().collection("notes").create("kept", null, "{\"v\":1}");
        ClassLoader old = service.host().running("notes").orElseThrow().classLoader();

        ModuleSummary upgraded = service.upgrade(admin, "notes", "notes-2.jar", notesModule("2.0.0"), Optional.empty());

        assertThat(upgraded.version()).isEqualTo("2.0.0");
        assertThat(upgraded.state()).isEqualTo(ModuleState.STARTED);
        RunningModule now = service.host().running("notes").orElseThrow();
        assertThat(now.endpoints().get(0).resource()).isEqualTo("notes 2.0.0");
        assertThat(now.classLoader()).isNotSameAs(old);
        assertThat(now.context().store().collection("notes").get("kept")).isPresent();
        assertThatThrownBy(() -> service.upgrade(admin, "notes", "old.jar", notesModule("1.5.0"), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lower than the installed version 2.0.0");
        assertThatThrownBy(() -> service.upgrade(admin, "notes", "other.jar", ModuleArchive.module("other", "3.0.0").jar(),
                Optional.empty())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void dependents_are_restarted_with_an_upgraded_module_and_wait_while_it_is_disabled() {
        service.install(admin, "base.jar", ModuleArchive.module("base", "1.0.0").extensions(Hello.class).jar(), Optional.empty());
        service.install(admin, "addon.jar", ModuleArchive.module("addon", "1.0.0").dependsOn("base@>=1.0.0")
                .extensions(Hello.class).jar(), Optional.empty());
        ClassLoader addonBefore = service.host().running("addon").orElseThrow().classLoader();

        service.upgrade(admin, "base", "base-2.jar", ModuleArchive.module("base", "1.1.0").extensions(Hello.class).jar(),
                Optional.empty());

        assertThat(service.host().running("addon").orElseThrow().classLoader()).isNotSameAs(addonBefore);
        assertThat(service.get(admin, "base").dependents()).containsExactly("addon");

        ModuleSummary disabled = service.disable(admin, "base");
        assertThat(disabled.state()).isEqualTo(ModuleState.STOPPED);
        ModuleSummary addon = service.get(admin, "addon");
        assertThat(addon.state()).isEqualTo(ModuleState.WAITING);
        assertThat(addon.reason()).contains("needs module 'base'");

        service.enable(admin, "base");
        assertThat(service.get(admin, "addon").state()).isEqualTo(ModuleState.STARTED);
    }

    @Test
    void uninstalling_is_refused_while_others_need_it_and_keeps_data_and_files_unless_purged_with_confirmation() {
        service.install(admin, "base.jar", ModuleArchive.module("base", "1.0.0").extensions(Hello.class).jar(), Optional.empty());
        service.install(admin, "addon.jar", ModuleArchive.module("addon", "1.0.0").dependsOn("base")
                .extensions(Hello.class).jar(), Optional.empty());
        context("base").store().collection("c").create("k", null, "{}");
        context("base").store().files().put("k", "evidence.pdf", null, new java.io.ByteArrayInputStream(TestFiles.pdf()));

        assertThatThrownBy(() -> service.uninstall(admin, "base", false, null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("needed by addon");
        service.uninstall(admin, "addon", false, null);
        assertThatThrownBy(() -> service.uninstall(admin, "base", true, "wrong")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("confirm");
        service.uninstall(admin, "base", false, null);

        assertThat(service.list(admin)).isEmpty();
        assertThat(service.host().runningModules()).isEmpty();
        assertThat(ModuleDocuments.count(db, "base")).isEqualTo(1);
        assertThat(ModuleFileStore.count(db, "base")).isEqualTo(1);
        service.install(admin, "base.jar", ModuleArchive.module("base", "1.0.0").extensions(Hello.class).jar(), Optional.empty());
        assertThat(context("base").store().collection("c").get("k")).as("data kept over uninstall and reinstall").isPresent();
        service.uninstall(admin, "base", true, "base");
        assertThat(ModuleDocuments.count(db, "base")).isZero();
        assertThat(ModuleFileStore.count(db, "base")).as("files are purged with the documents").isZero();
        assertThatThrownBy(() -> service.get(admin, "base")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_kept_data_of_a_module_uninstalled_earlier_is_listed_and_purged_with_confirmation_and_audited() {
        service.install(admin, "base.jar", ModuleArchive.module("base", "1.0.0").extensions(Hello.class).jar(), Optional.empty());
        context("base").store().collection("c").create("k", null, "{}");
        context("base").store().files().put("k", "evidence.pdf", null, new java.io.ByteArrayInputStream(TestFiles.pdf()));
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        assertThat(service.keptData(admin)).as("installed modules' data is in use, not kept").isEmpty();
        service.uninstall(admin, "base", false, null);

        assertThat(service.keptData(admin)).containsExactly(new ModuleService.KeptData("base", 1, 1));
        assertThatThrownBy(() -> service.keptData(member)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.uninstall(member, "base", true, "base")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.uninstall(admin, "base", true, "notes")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.uninstall(admin, "base", false, null)).isInstanceOf(NotFoundException.class);
        assertThat(ModuleDocuments.count(db, "base")).isEqualTo(1);

        service.uninstall(admin, "base", true, "base");

        assertThat(ModuleDocuments.count(db, "base")).isZero();
        assertThat(ModuleFileStore.count(db, "base")).isZero();
        assertThat(service.keptData(admin)).isEmpty();
        assertThat(db.inTransaction(() -> new AuditTrail(db, clock).ofSubject("module", 0, 0, 10)))
                .extracting(a -> a.action(), a -> a.details(), a -> a.actor())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("module.purged",
                        "base: 1 document(s) and 1 file(s) deleted", "admin"));
        assertThatThrownBy(() -> service.uninstall(admin, "base", true, "base")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("kept no data");
        assertThat(service.host().running("notes")).as("other modules untouched").isPresent();
    }

    // --- isolation of failures ---

    @Test
    void a_module_that_throws_on_start_is_marked_failed_and_the_others_keep_running() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());

        ModuleSummary failed = service.install(admin, "broken.jar",
                ModuleArchive.module("broken", "1.0.0").pluginClass(FailingStart.class).jar(), Optional.empty());

        assertThat(failed.state()).isEqualTo(ModuleState.FAILED);
        assertThat(failed.reason()).contains("the licence server is unreachable");
        assertThat(service.host().running("broken")).isEmpty();
        assertThat(service.host().running("notes")).isPresent();
    }

    @Test
    void a_module_that_hangs_on_start_is_marked_failed_after_the_start_timeout() {
        ModuleSummary hung = service.install(admin, "hang.jar",
                ModuleArchive.module("hang", "1.0.0").pluginClass(HangingStart.class).jar(), Optional.empty());

        assertThat(hung.state()).isEqualTo(ModuleState.FAILED);
        assertThat(hung.reason()).contains("did not start within 2 s");
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        assertThat(service.host().running("notes")).isPresent();
    }

    @Test
    void declared_fields_select_and_order_documents_and_follow_every_write() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        DocumentCollection events = context("notes").store().collection("sessions");
        events.create("before-declaring", null, "{\"status\":\"OPEN\",\"startsAt\":\"2026-12-10T09:00:00Z\",\"seats\":12}");

        events.index(DocumentField.text("status"), DocumentField.instant("startsAt"), DocumentField.number("seats"));
        events.create("past", null, "{\"status\":\"CLOSED\",\"startsAt\":\"2026-11-02T09:00:00Z\",\"seats\":30}");
        events.create("next-month", null, "{\"status\":\"OPEN\",\"startsAt\":\"2027-01-15\",\"seats\":5}");
        events.create("no-date", null, "{\"status\":\"OPEN\",\"seats\":\"many\"}");

        Instant dec1 = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(events.find(DocumentQuery.all().where("status", "OPEN").whereBetween("startsAt", dec1, null)
                .orderBy("startsAt"))).extracting(StoredDocument::key).containsExactly("before-declaring", "next-month");
        assertThat(events.count(DocumentQuery.all().where("status", "OPEN"))).isEqualTo(3);
        assertThat(events.find(DocumentQuery.all().whereBetween("startsAt", null, dec1))).extracting(StoredDocument::key)
                .containsExactly("past");
        assertThat(events.find(DocumentQuery.all().orderByDescending("seats"))).extracting(StoredDocument::key)
                .as("documents without a value come last").containsExactly("past", "before-declaring", "next-month", "no-date");
        assertThat(events.find(DocumentQuery.all().orderBy("startsAt").limit(2).offset(1))).extracting(StoredDocument::key)
                .containsExactly("before-declaring", "next-month");
        assertThat(events.find(DocumentQuery.all().whereBetween("seats", 5, 13))).extracting(StoredDocument::key)
                .containsExactly("before-declaring", "next-month");

        StoredDocument next = events.get("next-month").orElseThrow();
        events.update("next-month", next.version(), "{\"status\":\"CLOSED\",\"startsAt\":\"2027-01-15\"}");
        events.delete("past", events.get("past").orElseThrow().version());
        assertThat(events.find(DocumentQuery.all().where("status", "CLOSED"))).extracting(StoredDocument::key)
                .containsExactly("next-month");
        assertThat(events.count(DocumentQuery.all().whereBetween("seats", 0, 100))).isEqualTo(1);

        assertThatThrownBy(() -> events.find(DocumentQuery.all().where("owner", "ana")))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("not a declared field");
        assertThatThrownBy(() -> events.find(DocumentQuery.all().where("seats", "plenty")))
                .isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> new DocumentQuery(null, null, null, true, 0, 10, List.of(), "seats", false))
                .isInstanceOf(IllegalArgumentException.class);

        service.uninstall(admin, "notes", true, "notes");
        assertThat(db.inTransaction(() -> db.em().createNativeQuery("SELECT COUNT(*) FROM module_document_fields")
                .getSingleResult())).asString().isEqualTo("0");
    }

    // --- scheduled work, upgrade hook, audit and mail (plugin API 1.4) ---

    static byte[] roundsModule(String version) {
        return ModuleArchive.module("rounds", version).pluginClass(Rounds.class).extensions(TallyView.class)
                .classes(Rounds.Tally.class).jar();
    }

    @Test
    void extensions_get_the_services_the_module_built_once_in_its_plugin() throws Exception {
        service.install(admin, "rounds.jar", roundsModule("1.0.0"), Optional.empty());
        RunningModule rounds = service.host().running("rounds").orElseThrow();

        // the module's classes come from its own class loader, not the test's: compare by name and identity
        assertThat(rounds.plugin().getClass().getName()).isEqualTo(Rounds.class.getName());
        Object tally = rounds.plugin().getClass().getMethod("tally").invoke(rounds.plugin());
        assertThat(rounds.endpoints().get(0).resource()).isSameAs(tally);
        Class<?> view = rounds.classLoader().loadClass(TallyView.class.getName());
        assertThat(((eu.clus3.plugin.api.RestEndpoint) rounds.create(view)).resource()).isSameAs(tally);
    }

    @Test
    void scheduled_work_runs_once_per_due_time_on_one_of_several_nodes_and_stops_with_the_module(@TempDir Path otherDir)
            throws Exception {
        service.install(admin, "rounds.jar", roundsModule("1.0.0"), Optional.empty());
        ModuleService second = node(otherDir);
        second.startInstalled();
        assertThat(service.runDueWork() + second.runDueWork()).as("not due before five minutes").isZero();

        for (int round = 1; round <= 2; round++) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(service.runDueWork() + second.runDueWork()).as("round %d runs on one node", round).isEqualTo(1);
            int expected = round;
            awaitCondition(() -> context("rounds").store().collection("rounds").get("count")
                    .map(d -> d.json().contains("\"n\":" + expected)).orElse(false));
            awaitCondition(() -> service.schedules("rounds").get(0)[3] != null
                    && second.schedules("rounds").get(0)[2] != null && !isLeased("rounds"));
            assertThat(service.runDueWork() + second.runDueWork()).as("nothing more is due in round %d", round).isZero();
        }
        assertThat(service.schedules("rounds")).singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo("round");
            assertThat(row[1]).isEqualTo("every PT5M");
            assertThat(row[4]).as("no error").isNull();
        });
        assertThat(auditActions("rounds.round.done")).isEqualTo(2);
        assertThat(db.inTransaction(() -> db.em().createNativeQuery(
                "SELECT COUNT(*) FROM mail_outbox WHERE to_address = 'organiser@example.org'").getSingleResult()))
                .asString().isEqualTo("2");

        service.disable(admin, "rounds");
        second.converge();
        clock.advance(Duration.ofMinutes(5));
        assertThat(service.runDueWork() + second.runDueWork()).as("a stopped module's work never runs").isZero();
    }

    @Test
    void the_upgrade_hook_runs_once_with_the_previous_version_whatever_the_number_of_nodes(@TempDir Path otherDir) {
        service.install(admin, "rounds.jar", roundsModule("1.0.0"), Optional.empty());
        ModuleService second = node(otherDir);
        second.startInstalled();

        service.upgrade(admin, "rounds", "rounds-2.jar", roundsModule("2.0.0"), Optional.empty());
        second.converge();
        service.disable(admin, "rounds");
        service.enable(admin, "rounds");

        assertThat(second.host().running("rounds").orElseThrow().version()).isEqualTo("2.0.0");
        assertThat(context("rounds").store().collection("upgrades").find(DocumentQuery.all()))
                .extracting(StoredDocument::key, StoredDocument::json)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("from-1.0.0", "{\"to\":\"2.0.0\"}"));
    }

    @Test
    void a_modules_audit_entries_join_the_clusters_trail_and_mail_refuses_what_is_not_an_address() {
        service.install(admin, "rounds.jar", roundsModule("1.0.0"), Optional.empty());
        ModuleContext rounds = context("rounds");
        long clusterId = new ClusterService(db, new ClusterRepository(db), new UserRepository(db), new AuditTrail(db, clock),
                clock, new SearchOutbox(db, clock)).create(admin, ProfileBuilder.profile("Audited Cluster").build()).id();

        ModuleCaller.as(Optional.of(admin), () -> {
            rounds.audit().record("label.awarded", clusterId, "Gold for the audited cluster");
            return null;
        });

        var trail = new AuditTrail(db, clock);
        assertThat(db.inTransaction(() -> trail.ofCluster(clusterId, 0, 10))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("rounds.label.awarded");
            assertThat(e.actor()).isEqualTo("admin");
        });
        assertThatThrownBy(() -> rounds.audit().record("Not An Action", null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rounds.audit().record("a-very-long-action-name-beyond-forty-chars", null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rounds.mail().send("not an address", "Hello", "text"))
                .isInstanceOfSatisfying(ModuleProblem.class, p -> assertThat(p.errors()).extracting(FieldProblem::field)
                        .containsExactly("to"));
        assertThatThrownBy(() -> rounds.mail().send("a@example.org", " ", "text"))
                .isInstanceOfSatisfying(ModuleProblem.class, p -> assertThat(p.errors()).extracting(FieldProblem::field)
                        .containsExactly("subject"));
    }

    private boolean isLeased(String moduleId) {
        return db.inTransaction(() -> ((Number) db.em().createNativeQuery(
                "SELECT COUNT(*) FROM module_schedules WHERE plugin_id = ? AND lease_owner IS NOT NULL")
                .setParameter(1, moduleId).getSingleResult()).longValue() > 0);
    }

    private long auditActions(String action) {
        return db.inTransaction(() -> db.em().createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = :a", Long.class)
                .setParameter("a", action).getSingleResult());
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the scheduled work did not finish within 20 s");
            }
            Thread.sleep(20);
        }
    }

    // --- the stored set: restarts and other nodes ---

    @Test
    void a_restarted_platform_or_a_second_node_with_an_empty_data_directory_runs_the_same_modules(@TempDir Path otherDir) {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        service.install(admin, "base.jar", ModuleArchive.module("base", "1.0.0").extensions(Hello.class).jar(), Optional.empty());
        service.disable(admin, "base");

        ModuleService second = node(otherDir);
        second.startInstalled();

        assertThat(second.host().runningModules()).extracting(RunningModule::id, RunningModule::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notes", "1.0.0"));
        assertThat(second.get(admin, "base").state()).isEqualTo(ModuleState.STOPPED);
    }

    @Test
    void a_running_node_follows_changes_made_on_another_when_it_converges(@TempDir Path otherDir) {
        ModuleService second = node(otherDir);
        second.startInstalled();
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        assertThat(second.host().running("notes")).isEmpty();

        second.converge();
        assertThat(second.host().running("notes")).isPresent();

        service.upgrade(admin, "notes", "notes-2.jar", notesModule("2.0.0"), Optional.empty());
        second.converge();
        assertThat(second.host().running("notes").orElseThrow().version()).isEqualTo("2.0.0");

        service.uninstall(admin, "notes", false, null);
        second.converge();
        assertThat(second.host().runningModules()).isEmpty();
    }

    // --- events, search ---

    @Test
    void modules_hear_the_platforms_events_and_each_others() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        service.install(admin, "herald.jar", ModuleArchive.module("herald", "1.0.0").pluginClass(Announcer.class).jar(),
                Optional.empty());
        service.events().drain();

        DocumentCollection heard = context("notes").store().collection("events");
        assertThat(heard.get("platform.module-installed:herald")).isPresent();
        assertThat(heard.get("herald.ready:herald")).isPresent();
        assertThatThrownBy(() -> context("notes").events().publish("herald.fake", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_platform_event_published_on_someones_behalf_reaches_listeners_acting_for_them() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());

        service.events().publishAs(Optional.of(admin), "platform.demo-data-loaded", Map.of());
        service.events().drain();

        DocumentCollection heard = context("notes").store().collection("events");
        assertThat(heard.get("platform.demo-data-loaded:platform").orElseThrow().json()).contains("\"by\":\"admin\"");
        assertThat(heard.get("platform.module-installed:notes").orElseThrow().json()).contains("\"by\":\"\"");
        assertThatThrownBy(() -> service.events().publishAs(Optional.of(admin), "notes.fake", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_module_reads_the_portfolio_and_country_of_a_cluster_it_may_see() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        var clusters = new ClusterService(db, new ClusterRepository(db), new UserRepository(db), new AuditTrail(db, clock), clock,
                new SearchOutbox(db, clock));
        long id = clusters.create(admin, ProfileBuilder.profile("Facts Cluster")
                .portfolio(ComparativePortfolio.ICT).nuts("ITH44").build()).id();

        var facts = ModuleCaller.as(Optional.of(member), () -> context("notes").clusterFacts(id)).orElseThrow();

        assertThat(facts.cluster().name()).isEqualTo("Facts Cluster");
        assertThat(facts.portfolio()).isEqualTo("ICT");
        assertThat(facts.country()).isEqualTo("IT");
        assertThat(facts.nutsCode()).isEqualTo("ITH44");
        assertThat(context("notes").clusterFacts(id + 1000)).isEmpty();
    }

    @Test
    void a_module_has_its_xhtml_made_into_a_pdf_by_the_platform() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        var documents = context("notes").documents();

        byte[] pdf = documents.pdf("<html><body><p>" + eu.clus3.plugin.api.Documents.escape("Città <b> & \u0000") + "</p>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg></body></html>");

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> documents.pdf("<html><body>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void a_modules_search_entries_are_queued_when_it_starts_and_stops_and_mapped_with_their_visibility() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        context("notes").store().collection("notes").create("public-note", null, "{\"text\":\"hello\"}");
        context("notes").search().changed("public-note");
        ModuleSearchSource search = service.searchSource();

        assertThat(search.kinds()).containsExactly("module:notes");
        SearchDocument doc = search.document("module:notes", "public-note").orElseThrow();
        assertThat(doc.id()).isEqualTo("module:notes/public-note");
        assertThat(doc.title()).isEqualTo("Note public-note");
        assertThat(doc.visibility()).containsExactly(SearchPrincipals.PUBLIC);
        assertThat(doc.link()).isEqualTo("modules/notes/notes/public-note");
        assertThat(search.all()).hasSize(1);

        service.disable(admin, "notes");

        assertThat(search.kinds()).isEmpty();
        assertThat(search.document("module:notes", "public-note")).isEmpty();
        assertThat(outboxRows("module:notes", "public-note")).as("changed, disable").isEqualTo(2);
    }

    @Test
    void a_modules_entry_about_a_cluster_is_found_by_the_clusters_filter_with_its_facets_link_and_type_name() {
        service.install(admin, "notes.jar", notesWithTypeNames("1.0.0"), Optional.empty());
        SearchService search = startSearch();
        ClusterDetails ditenave = clusters().create(admin, ProfileBuilder.profile("DITENAVE").nuts("ITH44")
                .portfolio(ComparativePortfolio.ICT).build());
        context("notes").store().collection("notes").create("plan", ditenave.id(), "{\"text\":\"shipyard plan\"}");
        context("notes").search().changed("plan");

        SearchPage page = find(search, "cluster:" + ditenave.slug(), Locale.ENGLISH);

        assertThat(page.hits()).extracting(SearchPage.Hit::type, SearchPage.Hit::typeName, SearchPage.Hit::link)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("cluster", "Cluster", "clusters/ditenave"),
                        org.assertj.core.groups.Tuple.tuple("module:notes", "Note", "modules/notes/notes/plan"));
        assertThat(page.facets().get("cluster")).extracting(SearchPage.FacetValue::value, SearchPage.FacetValue::count)
                .as("one cluster, one facet value").containsExactly(org.assertj.core.groups.Tuple.tuple("ditenave", 2L));
        assertThat(page.facets().get("region")).extracting(SearchPage.FacetValue::value, SearchPage.FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Trieste", 2L));
        assertThat(page.facets().get("sector")).extracting(SearchPage.FacetValue::value, SearchPage.FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ICT", 2L));
        assertThat(page.facets().get("type")).extracting(SearchPage.FacetValue::label, SearchPage.FacetValue::filter)
                .contains(org.assertj.core.groups.Tuple.tuple("Note", "in:module:notes"));
        assertThat(find(search, "cluster:ditenave", Locale.ITALIAN).hits()).extracting(SearchPage.Hit::typeName)
                .containsExactlyInAnyOrder("Cluster", "Nota");
        assertThat(search.suggest(Optional.of(admin), "note pl", Locale.ITALIAN))
                .extracting(SearchPage.Suggestion::typeName, SearchPage.Suggestion::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nota", "modules/notes/notes/plan"));

        // the cluster moves to another region and sector: the module's entry follows without the module doing anything
        clusters().update(admin, ditenave.id(), ditenave.version(), ProfileBuilder.profile("DITENAVE").nuts("ITC4")
                .portfolio(ComparativePortfolio.MARITIME_TECHNOLOGIES).build());
        SearchPage moved = find(search, "in:module:notes", Locale.ENGLISH);
        assertThat(moved.facets().get("region")).extracting(SearchPage.FacetValue::value).containsExactly("Lombardia");
        assertThat(moved.facets().get("sector")).extracting(SearchPage.FacetValue::value)
                .containsExactly("MARITIME_TECHNOLOGIES");
    }

    @Test
    void a_modules_entry_without_a_type_name_shows_the_module_id_and_one_dated_in_the_future_is_upcoming_not_past() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        SearchService search = startSearch();
        clusters().create(admin, ProfileBuilder.profile("DITENAVE").build());
        clock.set(MutableClock.START.plus(Duration.ofDays(30))); // the note is written "next month"
        context("notes").store().collection("notes").create("fair", null, "{\"text\":\"trade fair\"}");
        context("notes").search().changed("fair");
        clock.set(MutableClock.START);

        SearchPage page = find(search, "", Locale.ENGLISH);

        assertThat(page.hits()).filteredOn(h -> h.type().equals("module:notes")).extracting(SearchPage.Hit::typeName)
                .containsExactly("notes");
        assertThat(page.facets().get("date")).extracting(SearchPage.FacetValue::value, SearchPage.FacetValue::count,
                        SearchPage.FacetValue::filter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("upcoming", 1L, "after:2026-03-11"),
                        org.assertj.core.groups.Tuple.tuple("past day", 1L, "after:2026-03-09 before:2026-03-11"),
                        org.assertj.core.groups.Tuple.tuple("past week", 1L, "after:2026-03-03 before:2026-03-11"),
                        org.assertj.core.groups.Tuple.tuple("past month", 1L, "after:2026-02-08 before:2026-03-11"),
                        org.assertj.core.groups.Tuple.tuple("past year", 1L, "after:2025-03-10 before:2026-03-11"));
        assertThat(find(search, "after:2026-03-11", Locale.ENGLISH).hits()).extracting(SearchPage.Hit::title)
                .containsExactly("Note fair");
        assertThat(find(search, "after:2026-03-09 before:2026-03-11", Locale.ENGLISH).hits())
                .extracting(SearchPage.Hit::title).containsExactly("DITENAVE");
    }

    // --- no leaks ---

    @Test
    void the_class_loader_of_an_uninstalled_module_can_be_collected() throws Exception {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        context("notes").store().collection("notes").create("n", null, "{}");
        service.events().drain();
        WeakReference<ClassLoader> loader = new WeakReference<>(service.host().running("notes").orElseThrow().classLoader());

        service.uninstall(admin, "notes", false, null);

        for (int i = 0; i < 50 && loader.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(loader.get()).as("the module's class loader after uninstalling it").isNull();
    }

    @Test
    void the_leak_check_lists_unloaded_modules_and_sees_their_class_loaders_collected() {
        service.install(admin, "notes.jar", notesModule("1.0.0"), Optional.empty());
        service.upgrade(admin, "notes", "notes.jar", notesModule("1.1.0"), Optional.empty());
        service.uninstall(admin, "notes", true, "notes");

        UnloadedModules check = service.unloaded(admin, true);

        assertThat(check.modules()).extracting(UnloadedModules.Entry::id, UnloadedModules.Entry::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notes", "1.1.0"), org.assertj.core.groups.Tuple.tuple("notes", "1.0.0"));
        assertThat(check.alive()).as("uninstalled module class loaders still reachable").isZero();
        assertThat(check.modules()).allMatch(UnloadedModules.Entry::collected);
        assertThatThrownBy(() -> service.unloaded(member, false)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void bundled_modules_listed_by_the_build_are_installed_at_start_dependencies_first_and_upgraded_when_newer() throws Exception {
        Path classes = Files.createDirectories(dataDir.resolve("bundled-classpath/bundled-modules"));
        Files.write(classes.resolve("addon.jar"), ModuleArchive.module("addon", "1.0.0").dependsOn("base").jar());
        Files.write(classes.resolve("base.jar"), notesModuleWithId("base", "1.0.0"));
        // As the build writes it (dependency:list, with the console's colours): the dependent first.
        Files.writeString(classes.resolve("index.txt"), """

                The following files have been resolved:
                   eu.clus3:addon:jar:1.0.0\u001B[36m -- module addon\u001B[0;1;33m (auto)\u001B[m
                   eu.clus3:base:jar:1.0.0
                """);
        try (var loader = new java.net.URLClassLoader(new java.net.URL[]{classes.getParent().toUri().toURL()}, null)) {
            service.installBundled(loader);
            service.converge();
        }

        assertThat(service.list(admin)).extracting(ModuleSummary::id, ModuleSummary::bundled, ModuleSummary::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("base", true, ModuleState.STARTED),
                        org.assertj.core.groups.Tuple.tuple("addon", true, ModuleState.STARTED));

        // The next start with the same build installs nothing again; a newer bundled version upgrades.
        Files.write(classes.resolve("base.jar"), notesModuleWithId("base", "1.1.0"));
        try (var loader = new java.net.URLClassLoader(new java.net.URL[]{classes.getParent().toUri().toURL()}, null)) {
            service.installBundled(loader);
            service.installBundled(loader);
        }
        assertThat(service.list(admin)).filteredOn(m -> m.id().equals("base")).extracting(ModuleSummary::version)
                .containsExactly("1.1.0");
        assertThat(ModuleService.bundledFileName("   none")).isNull();
        assertThat(ModuleService.bundledFileName("eu.clus3:x:jar:v2:1.0")).isEqualTo("x-v2.jar");
        assertThat(ModuleService.bundledFileName("my-module.zip")).isEqualTo("my-module.zip");
    }

    static byte[] notesModuleWithId(String id, String version) {
        return ModuleArchive.module(id, version).extensions(Hello.class).jar();
    }

    // --- helpers ---

    /** The notes module, naming its entries in English and Italian. */
    static byte[] notesWithTypeNames(String version) {
        return ModuleArchive.module("notes", version).extensions(Hello.class, Notes.class, EventLog.class, Pages.class)
                .classes(Page.class).entry("messages.properties", "search.type=Note\n")
                .entry("messages_it.properties", "search.type=Nota\n").jar();
    }

    ClusterService clusters() {
        return new ClusterService(db, new ClusterRepository(db), new UserRepository(db), new AuditTrail(db, clock), clock,
                new SearchOutbox(db, clock));
    }

    /** The real search over clusters and this node's modules, on an index of its own (stopped after the test). */
    SearchService startSearch() {
        ClusterRepository repository = new ClusterRepository(db);
        SearchService search = new SearchService(db, new SearchOutbox(db, clock), new ViewerPrincipals(db, repository),
                repository, clock);
        search.start(List.of(new ClusterSearchSource(db), service.searchSource()), dataDir.resolve("index"));
        searches.add(search);
        return search;
    }

    /** What the administrator finds once every change so far is searchable. */
    SearchPage find(SearchService search, String text, Locale locale) {
        assertThat(search.awaitIndexed(Duration.ofSeconds(10))).as("indexer caught up").isTrue();
        return search.search(Optional.of(admin), new SearchQuery(text, null, 0, 20, locale));
    }

    ModuleContext context(String moduleId) {
        return service.host().running(moduleId).orElseThrow().context();
    }

    long outboxRows(String kind, String id) {
        return db.inTransaction(() -> db.em().createQuery(
                "SELECT COUNT(o) FROM OutboxEntry o WHERE o.kind = :k AND o.subjectId = :s", Long.class)
                .setParameter("k", kind).setParameter("s", id).getSingleResult());
    }

    Actor user(String username, PlatformRole role) {
        User user = db.inTransaction(() -> new UserRepository(db).add(new User(username, username,
                username + "@example.org", "not-a-real-hash", role, clock.instant())));
        return user.asActor();
    }
}
