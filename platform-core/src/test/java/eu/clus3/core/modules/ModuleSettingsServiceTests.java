package eu.clus3.core.modules;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.modules.testmodule.EventLog;
import eu.clus3.core.modules.testmodule.Tuning;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.Clus3Config;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleSetting.Kind;
import eu.clus3.plugin.api.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Administrators' settings of a running module (a real jar in its own class loader, {@code testmodule.Tuning}) on a
 * real database: defaults, labels, changes checked against the declaration, stale versions, secrets, what survives
 * and what a purge removes. Run on each database by {@link ModuleSettingsServiceOnH2Test} and
 * {@link ModuleSettingsServiceOnPostgresTest}.
 */
abstract class ModuleSettingsServiceTests extends PersistenceTest {

    @TempDir
    Path dataDir;

    final List<ModuleService> nodes = new ArrayList<>();
    ModuleService modules;
    ModuleSettingsService settings;
    Actor admin;
    Actor otherAdmin;
    Actor member;

    ModuleSettingsServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void install() {
        admin = user("admin", PlatformRole.ADMINISTRATOR);
        otherAdmin = user("ada", PlatformRole.ADMINISTRATOR);
        member = user("mia", PlatformRole.MEMBER);
        modules = node(dataDir);
        settings = new ModuleSettingsService(db, modules, new AuditTrail(db, clock), clock);
        modules.install(admin, "tuning.jar", tuningModule("1.0.0"), Optional.empty());
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(ModuleService::close);
    }

    static byte[] tuningModule(String version, Class<?>... moreExtensions) {
        return ModuleArchive.module("tuning", version).pluginClass(Tuning.class)
                .extensions(Tuning.Declared.class, EventLog.class).extensions(moreExtensions)
                .entry("messages.properties", """
                        setting.tuning.greeting=Greeting
                        setting.tuning.greeting.help=Shown on the module's page
                        setting.tuning.limit=Limit
                        setting.tuning.period=Period
                        setting.tuning.period.choice.daily=Every day
                        """)
                .entry("messages_it.properties", """
                        setting.tuning.greeting=Saluto
                        setting.tuning.greeting.help=Mostrato nella pagina del modulo
                        setting.tuning.limit=Limite
                        setting.tuning.period=Periodo
                        setting.tuning.period.choice.daily=Ogni giorno
                        """)
                .jar();
    }

    @Test
    void a_module_reads_its_defaults_until_an_administrator_sets_values_and_sees_each_change_at_once() {
        Settings before = context().settings();
        assertThat(before.text("tuning.greeting")).isEqualTo("Hello");
        assertThat(before.number("tuning.limit")).isEqualTo(20);
        assertThat(before.flag("tuning.enabled")).isTrue();
        assertThat(before.text("tuning.period")).isEqualTo("weekly");
        assertThat(before.secret("tuning.api-key")).isEmpty();
        assertThat(startedWithLimit()).as("the plugin read its settings in start()").isEqualTo("{\"limit\":20}");

        ModuleSettingsOverview changed = settings.change(admin, "tuning", change(0, Map.of("tuning.greeting", " Welcome! ",
                "tuning.limit", 42, "tuning.enabled", false, "tuning.period", "daily")), Locale.ENGLISH);

        assertThat(changed.version()).isEqualTo(1);
        Settings after = context().settings();
        assertThat(after.text("tuning.greeting")).isEqualTo("Welcome!");
        assertThat(after.number("tuning.limit")).isEqualTo(42);
        assertThat(after.flag("tuning.enabled")).isFalse();
        assertThat(after.text("tuning.period")).isEqualTo("daily");
        assertThat(before.number("tuning.limit")).as("a reader is a snapshot").isEqualTo(20);
        assertThatThrownBy(() -> after.text("tuning.nothing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no setting 'tuning.nothing'");
        assertThatThrownBy(() -> after.text("tuning.limit")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUMBER");
        assertThatThrownBy(() -> after.number("tuning.api-key")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void administrators_see_each_setting_labelled_in_their_language_with_its_kind_default_and_value() {
        ModuleSettingsOverview italian = settings.read(admin, "tuning", Locale.ITALIAN);

        assertThat(italian.moduleId()).isEqualTo("tuning");
        assertThat(italian.version()).isZero();
        assertThat(italian.settings()).extracting(ModuleSettingsOverview.Setting::key, ModuleSettingsOverview.Setting::kind,
                        ModuleSettingsOverview.Setting::label, ModuleSettingsOverview.Setting::value, ModuleSettingsOverview.Setting::set)
                .containsExactly(tuple("tuning.greeting", Kind.TEXT, "Saluto", "Hello", false),
                        tuple("tuning.title", Kind.TEXT, "tuning.title", "Tuning", false),
                        tuple("tuning.limit", Kind.NUMBER, "Limite", 20L, false),
                        tuple("tuning.enabled", Kind.BOOLEAN, "tuning.enabled", true, false),
                        tuple("tuning.period", Kind.CHOICE, "Periodo", "weekly", false),
                        tuple("tuning.api-key", Kind.SECRET, "tuning.api-key", null, false));
        ModuleSettingsOverview.Setting greeting = italian.settings().get(0);
        assertThat(greeting.help()).isEqualTo("Mostrato nella pagina del modulo");
        assertThat(italian.settings().get(1)).satisfies(t -> {
            assertThat(t.required()).isTrue();
            assertThat(t.help()).as("no help text in the bundles").isNull();
        });
        assertThat(italian.settings().get(2)).extracting(ModuleSettingsOverview.Setting::min, ModuleSettingsOverview.Setting::max)
                .containsExactly(1L, 100L);
        assertThat(italian.settings().get(4).choices()).extracting(ModuleSettingsOverview.Choice::value,
                        ModuleSettingsOverview.Choice::label)
                .containsExactly(tuple("daily", "Ogni giorno"), tuple("weekly", "weekly"));
        assertThat(settings.read(admin, "tuning", Locale.ENGLISH).settings().get(0).label()).isEqualTo("Greeting");
        assertThat(modules.get(admin, "tuning").contributions()).contains("6 settings");
        assertThat(settings.declaresSettings("tuning")).isTrue();
    }

    @Test
    void refused_values_answer_one_field_error_each_and_change_nothing() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("tuning.limit", 101);
        bad.put("tuning.enabled", "yes");
        bad.put("tuning.period", "hourly");
        bad.put("tuning.greeting", "two\nlines");
        bad.put("tuning.title", "  ");
        bad.put("tuning.api-key", "x".repeat(2001));
        bad.put("tuning.unknown", "x");

        assertThatThrownBy(() -> settings.change(admin, "tuning", change(0, bad), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                                tuple("settings.tuning.limit", "validation.range"),
                                tuple("settings.tuning.enabled", "validation.flag"),
                                tuple("settings.tuning.period", "validation.choice"),
                                tuple("settings.tuning.greeting", "validation.controlCharacters"),
                                tuple("settings.tuning.title", "validation.required"),
                                tuple("settings.tuning.api-key", "validation.tooLong"),
                                tuple("settings.tuning.unknown", "validation.unknownSetting")));
        assertThatThrownBy(() -> settings.change(admin, "tuning", change(0, Map.of("tuning.limit", "twelve")),
                Locale.ENGLISH)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .extracting(FieldError::code).containsExactly("validation.number"));
        assertThatThrownBy(() -> settings.change(admin, "tuning", change(0, Map.of("tuning.limit", 2.5)), Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> settings.change(admin, "tuning", new ModuleSettingsChange(null, Map.of()), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("version"));

        assertThat(settings.read(admin, "tuning", Locale.ENGLISH).version()).isZero();
        assertThat(context().settings().number("tuning.limit")).isEqualTo(20);
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void the_second_of_two_administrators_editing_the_same_version_is_told_it_is_stale_and_nothing_of_theirs_is_kept() {
        settings.change(admin, "tuning", change(0, Map.of("tuning.limit", 30)), Locale.ENGLISH);

        settings.change(admin, "tuning", change(1, Map.of("tuning.greeting", "First")), Locale.ENGLISH);
        assertThatThrownBy(() -> settings.change(otherAdmin, "tuning", change(1, Map.of("tuning.greeting", "Second",
                "tuning.limit", 31)), Locale.ENGLISH))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("error.staleVersion");
                    assertThat(e.currentVersion()).isEqualTo(2L);
                });

        Settings now = context().settings();
        assertThat(now.text("tuning.greeting")).isEqualTo("First");
        assertThat(now.number("tuning.limit")).isEqualTo(30);
    }

    @Test
    void administrators_saving_at_the_same_moment_never_both_win() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (long version = 0; version < 4; version++) {
                long from = version;
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> writers = new ArrayList<>();
                for (Actor who : List.of(admin, otherAdmin)) {
                    writers.add(pool.submit(() -> {
                        start.await();
                        try {
                            return settings.change(who, "tuning", change(from, Map.of("tuning.greeting",
                                    who.username() + from)), Locale.ENGLISH);
                        } catch (ConflictException e) {
                            return e;
                        }
                    }));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> w : writers) {
                    outcomes.add(w.get(30, TimeUnit.SECONDS));
                }
                assertThat(outcomes).as("from version %d", from).filteredOn(ConflictException.class::isInstance)
                        .singleElement().satisfies(e -> assertThat(((ConflictException) e).currentVersion()).isEqualTo(from + 1));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(settings.read(admin, "tuning", Locale.ENGLISH).version()).isEqualTo(4);
        assertThat(auditEntries()).hasSize(4);
    }

    @Test
    void a_secret_is_written_never_shown_back_kept_when_left_out_and_removed_with_null() {
        String secret = "sk-live-4f9a2b";
        ModuleSettingsOverview set = settings.change(admin, "tuning", change(0, Map.of("tuning.api-key", secret)),
                Locale.ENGLISH);

        assertThat(set.settings()).filteredOn(s -> s.key().equals("tuning.api-key")).singleElement().satisfies(s -> {
            assertThat(s.set()).isTrue();
            assertThat(s.value()).isNull();
            assertThat(s.defaultValue()).isNull();
        });
        assertThat(set.toString()).doesNotContain(secret);
        assertThat(context().settings().secret("tuning.api-key")).contains(secret);
        assertThat(auditEntries()).singleElement().asString().contains("tuning.api-key set").doesNotContain(secret);
        assertThat(ModuleSettingStore.read(db, "tuning").toString()).doesNotContain(secret);
        assertThat(change(1, Map.of("tuning.api-key", secret)).toString()).doesNotContain(secret);

        settings.change(admin, "tuning", change(1, Map.of("tuning.greeting", "Hi")), Locale.ENGLISH);
        assertThat(context().settings().secret("tuning.api-key")).as("left out: kept").contains(secret);

        Map<String, Object> remove = new HashMap<>();
        remove.put("tuning.api-key", null);
        remove.put("tuning.greeting", null);
        ModuleSettingsOverview removed = settings.change(admin, "tuning", change(2, remove), Locale.ENGLISH);
        assertThat(removed.settings()).filteredOn(s -> s.key().equals("tuning.api-key")).singleElement()
                .satisfies(s -> assertThat(s.set()).isFalse());
        assertThat(context().settings().secret("tuning.api-key")).isEmpty();
        assertThat(context().settings().text("tuning.greeting")).as("null: the default again").isEqualTo("Hello");
        assertThat(auditEntries()).anySatisfy(e -> assertThat(e).contains("tuning.api-key removed",
                "tuning.greeting \"Hi\" -> (default)"));
    }

    @Test
    void a_change_is_audited_announced_to_the_modules_and_visible_on_every_node(@TempDir Path otherDir) {
        ModuleService second = node(otherDir);
        second.startInstalled();

        settings.change(admin, "tuning", change(0, Map.of("tuning.limit", 7, "tuning.enabled", true)), Locale.ENGLISH);
        ModuleSettingsOverview unchanged = settings.change(admin, "tuning", change(1, Map.of("tuning.limit", 7)),
                Locale.ENGLISH);

        assertThat(unchanged.version()).as("setting what is set makes no new version").isEqualTo(1);
        assertThat(second.host().running("tuning").orElseThrow().context().settings().number("tuning.limit")).isEqualTo(7);
        assertThat(auditEntries()).singleElement().asString()
                .isEqualTo("admin module.settingsChanged tuning: tuning.enabled (default) -> \"true\"; tuning.limit"
                        + " (default) -> \"7\"");
        modules.events().drain();
        assertThat(context().store().collection("events").get(Settings.CHANGED + ":tuning"))
                .as("the module's listener heard it").isPresent();
    }

    @Test
    void settings_survive_restarts_upgrades_and_uninstalling_but_not_a_purge(@TempDir Path restartDir) {
        settings.change(admin, "tuning", change(0, Map.of("tuning.limit", 55, "tuning.api-key", "k")), Locale.ENGLISH);

        modules.close();
        modules = node(restartDir);
        modules.startInstalled();
        settings = new ModuleSettingsService(db, modules, new AuditTrail(db, clock), clock);
        assertThat(startedWithLimit()).as("read at start after a restart").isEqualTo("{\"limit\":55}");

        modules.upgrade(admin, "tuning", "tuning-2.jar", tuningModule("2.0.0"), Optional.empty());
        assertThat(context().settings().number("tuning.limit")).isEqualTo(55);

        modules.uninstall(admin, "tuning", false, null);
        assertThatThrownBy(() -> settings.read(admin, "tuning", Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        modules.install(admin, "tuning.jar", tuningModule("2.0.0"), Optional.empty());
        assertThat(settings.read(admin, "tuning", Locale.ENGLISH).version()).isEqualTo(1);
        assertThat(context().settings().secret("tuning.api-key")).contains("k");

        modules.uninstall(admin, "tuning", true, "tuning");
        assertThat(sql().number("SELECT COUNT(*) FROM module_setting_values WHERE plugin_id = 'tuning'")).isZero();
        assertThat(sql().number("SELECT COUNT(*) FROM module_setting_sets WHERE plugin_id = 'tuning'")).isZero();
        modules.install(admin, "tuning.jar", tuningModule("2.0.0"), Optional.empty());
        assertThat(settings.read(admin, "tuning", Locale.ENGLISH).version()).isZero();
        assertThat(context().settings().number("tuning.limit")).isEqualTo(20);
    }

    @Test
    void only_administrators_read_and_change_settings_and_only_of_running_modules() {
        assertThatThrownBy(() -> settings.read(member, "tuning", Locale.ENGLISH)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> settings.change(member, "tuning", change(0, Map.of("tuning.limit", 5)), Locale.ENGLISH))
                .isInstanceOf(ForbiddenException.class);
        assertThat(settings.read(admin, "tuning", Locale.ENGLISH).version()).isZero();

        modules.disable(admin, "tuning");
        assertThatThrownBy(() -> settings.read(admin, "tuning", Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> settings.change(admin, "tuning", change(0, Map.of()), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThat(settings.declaresSettings("tuning")).isFalse();
    }

    @Test
    void a_module_declaring_a_key_twice_or_a_contributor_that_needs_its_plugin_does_not_start() {
        modules.uninstall(admin, "tuning", true, "tuning");

        ModuleSummary twice = modules.install(admin, "tuning.jar", tuningModule("1.0.0", Tuning.Twice.class), Optional.empty());
        assertThat(twice.state()).isEqualTo(ModuleState.FAILED);
        assertThat(twice.reason()).contains("settings cannot be declared", "'tuning.limit' twice");
        modules.uninstall(admin, "tuning", true, "tuning");

        ModuleSummary needsPlugin = modules.install(admin, "tuning.jar", tuningModule("1.0.0", Tuning.NeedsPlugin.class),
                Optional.empty());
        assertThat(needsPlugin.state()).isEqualTo(ModuleState.FAILED);
        assertThat(needsPlugin.reason()).contains("NeedsPlugin is created before the module's plugin");
    }

    // --- helpers ---

    ModuleService node(Path dir) {
        Clus3Config config = Clus3Config.from(Map.of(Clus3Config.DATA_DIR, dir.toString())::get);
        ModuleService node = new ModuleService(db, config, ModuleSettings.DEFAULTS,
                new ClusterService(db, new ClusterRepository(db), new UserRepository(db), new AuditTrail(db, clock), clock,
                        new SearchOutbox(db, clock)),
                new UserRepository(db), new SearchOutbox(db, clock), new AuditTrail(db, clock), clock, n -> { },
                new ModuleCaller());
        nodes.add(node);
        return node;
    }

    ModuleContext context() {
        return modules.host().running("tuning").orElseThrow().context();
    }

    static ModuleSettingsChange change(long version, Map<String, ?> values) {
        return new ModuleSettingsChange(version, new HashMap<>(values));
    }

    private String startedWithLimit() {
        return context().store().collection("starts").get("last").orElseThrow().json();
    }

    /** The settings' audit entries as "actor action details", oldest first. */
    private List<String> auditEntries() {
        return db.inTransaction(() -> db.em().createQuery("SELECT a FROM AuditEntry a WHERE a.action ="
                        + " 'module.settingsChanged' ORDER BY a.id", eu.clus3.core.audit.AuditEntry.class).getResultList()
                .stream().map(a -> a.view().actor() + " " + a.view().action() + " " + a.view().details()).toList());
    }

    private Actor user(String username, PlatformRole role) {
        User user = db.inTransaction(() -> new UserRepository(db).add(new User(username, username,
                username + "@example.org", "not-a-real-hash", role, clock.instant())));
        return user.asActor();
    }
}
