package eu.clus3.plugin.testkit;

import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.cluster.NutsRegions;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.modules.ModuleDocuments;
import eu.clus3.core.modules.ModuleEvents;
import eu.clus3.core.modules.ModuleLinks;
import eu.clus3.core.modules.ModuleMessages;
import eu.clus3.core.modules.ModuleJson;
import eu.clus3.core.modules.ModuleMail;
import eu.clus3.core.modules.ModulePdfDocuments;
import eu.clus3.core.modules.ModuleSearchPublisher;
import eu.clus3.core.modules.ModuleSettingRules;
import eu.clus3.core.modules.ModuleSettingStore;
import eu.clus3.core.modules.ModuleSettings;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.testing.Sql;
import eu.clus3.plugin.api.ClusterFacts;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.Documents;
import eu.clus3.plugin.api.EventBus;
import eu.clus3.plugin.api.JsonMapping;
import eu.clus3.plugin.api.Mail;
import eu.clus3.plugin.api.ModuleAudit;
import eu.clus3.plugin.api.Schedules;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleEvent;
import eu.clus3.plugin.api.ModuleEventListener;
import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.ModuleStore;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.Notifications;
import eu.clus3.plugin.api.PlatformLinks;
import eu.clus3.plugin.api.SearchPublisher;
import eu.clus3.plugin.api.Settings;
import eu.clus3.plugin.api.UserRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A module's {@link ModuleContext} for its tests. {@link #store()} is the platform's own store — the
 * {@code ModuleDocuments} that runs in the server — on a real database ({@link ModuleDatabase}), so keys,
 * JSON validation, size limits, versions, history, query order and paging behave as in production.
 * Around it, what the platform would take from its other services is kept here, in memory:
 *
 * <ul>
 *   <li>the current user: {@link #actAs}, with {@link #manager}, {@link #member}, {@link #assessor},
 *       {@link #administrator} or {@link #user}, whose permissions are those the platform's roles grant, plus the
 *       modules' permissions given with {@link #grant} (or built with {@code ModuleUser.of});</li>
 *   <li>clusters: {@link #cluster} (also written to the database, because the store refuses documents of an
 *       unknown cluster); all are visible to everyone here, unlike in the platform;</li>
 *   <li>events the module published ({@link #events}), delivered at once, in order, to the listeners given to
 *       {@link #listen} (the platform delivers on its own thread, later); {@link #platformEvent} sends one of
 *       the platform's;</li>
 *   <li>settings: those the module declares with its {@code SettingsContributor} extensions (found, created and
 *       checked as the platform does), with the values a test gives {@link #setting}, stored and read by the
 *       platform's code;</li>
 *   <li>search changes ({@link #searchChanges}, also written to the platform's search outbox), notifications
 *       ({@link #notifications}), messages from the module's own bundles and links, each checked and shaped
 *       by the platform's code.</li>
 * </ul>
 *
 * <p>Creating a context empties the database: one context per test, tests one after the other (the
 * default in JUnit and Surefire).
 */
public final class TestModuleContext implements ModuleContext {

    private static final Logger LOG = Logger.getLogger(TestModuleContext.class.getName());

    /** What the module published through {@link #events()}, in order. */
    public final List<ModuleEvent> events = new CopyOnWriteArrayList<>();
    /** The search entry keys the module said changed, in order. */
    public final List<String> searchChanges = new CopyOnWriteArrayList<>();
    /** The notifications the module sent, in order. */
    public final List<SentNotification> notifications = new CopyOnWriteArrayList<>();
    /** The mails the module queued, in order. */
    public final List<SentMail> mails = new CopyOnWriteArrayList<>();
    /** What the module wrote to the audit trail, in order. */
    public final List<AuditRecord> audited = new CopyOnWriteArrayList<>();
    private final Map<String, Runnable> scheduled = new ConcurrentHashMap<>();
    private final Map<String, String> scheduleSpecs = new ConcurrentHashMap<>();

    private final ModuleDatabase database;
    private final Database db;
    private final String moduleId;
    private final SettableClock clock = new SettableClock();
    private ModuleDocuments store;
    private final SearchPublisher search;
    private final PlatformLinks links;
    private final ModuleMessages messages;
    private final Class<?> moduleClass;
    private final URLClassLoader moduleResources;
    private List<ModuleSetting> settings;
    private final ModuleJson json = new ModuleJson();
    private final Map<Long, ClusterFacts> clusters = new ConcurrentHashMap<>();
    private final Map<Long, UserRef> people = new ConcurrentHashMap<>();
    private final List<ModuleEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<ModuleEvent> undelivered = new ArrayDeque<>();
    private boolean delivering;
    private volatile String version = "1.0.0";
    private volatile ModuleUser user;

    /**
     * A context for module {@code moduleId} on an emptied {@code database}.
     *
     * @param moduleClass any class of the module: its messages are read from where that class was loaded
     *                    (the module's {@code target/classes}), as the platform reads them from the module's jar
     */
    public TestModuleContext(ModuleDatabase database, String moduleId, Class<?> moduleClass) {
        this.database = database;
        this.db = database.emptied();
        this.moduleId = moduleId;
        // the platform's default limits, as on a fresh installation (files: 10 MiB each, 200 MiB per owner)
        this.store = store(ModuleSettings.DEFAULTS);
        this.search = new ModuleSearchPublisher(db, new SearchOutbox(db, clock), moduleId);
        this.links = new ModuleLinks(moduleId);
        this.moduleClass = moduleClass;
        this.moduleResources = new URLClassLoader(new URL[]{codeSource(moduleClass)}, null);
        this.messages = new ModuleMessages(moduleResources);
    }

    private ModuleDocuments store(ModuleSettings settings) {
        return new ModuleDocuments(db, clock, moduleId, settings, () -> Optional.ofNullable(user).map(u -> u.user().username()));
    }

    /**
     * From now on, files of at most {@code maxBytes} each (at least 1 KiB), as an administrator sets with
     * {@code CLUS3_MODULES_FILE_MAX_KB}; the default is the platform's 10 MiB. What is stored stays.
     */
    public TestModuleContext fileLimit(long maxBytes) {
        ModuleSettings d = ModuleSettings.DEFAULTS;
        store = store(new ModuleSettings(d.maxArtifactBytes(), d.maxUnpackedBytes(), d.maxEntries(), d.trustedKeys(),
                d.startTimeoutSeconds(), maxBytes, Math.max(maxBytes, d.fileOwnerQuotaBytes())));
        return this;
    }

    /** How many files the module keeps in the database, of every owner. */
    public long storedFiles() {
        return new Sql(db.dataSource()).number("SELECT COUNT(*) FROM module_files WHERE plugin_id = ?", moduleId);
    }

    /** A context for module {@code moduleId} on H2. */
    public TestModuleContext(String moduleId, Class<?> moduleClass) {
        this(ModuleDatabase.H2, moduleId, moduleClass);
    }

    private static URL codeSource(Class<?> moduleClass) {
        var source = moduleClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalArgumentException(moduleClass + " has no code source: pass a class of the module itself");
        }
        return source.getLocation();
    }

    /** Which database the store is on. */
    public ModuleDatabase database() {
        return database;
    }

    /** The database itself, for the kit's own tests. */
    javax.sql.DataSource dataSource() {
        return db.dataSource();
    }

    // --- setting the scene ------------------------------------------------------------------

    /**
     * Declares a cluster organisation of the {@code portfolio} (a comparative portfolio such as {@code ICT})
     * in {@code country} (its NUTS country code, e.g. {@code IT}; Greece is {@code EL}), named
     * "Cluster {@code id}" at address {@code cluster-<id>}.
     */
    public TestModuleContext cluster(long id, String portfolio, String country) {
        return cluster(id, "cluster-" + id, "Cluster " + id, portfolio, country);
    }

    /** Declares a cluster organisation with a NUTS region code of the platform's list (e.g. {@code ITH4} or just {@code IT}). */
    public TestModuleContext cluster(long id, String slug, String name, String portfolio, String nutsCode) {
        ComparativePortfolio.valueOf(portfolio); // an unknown portfolio fails here, as it cannot exist in the platform
        String region = NutsRegions.name(nutsCode).filter(n -> NutsRegions.isWellFormed(nutsCode))
                .orElseThrow(() -> new IllegalArgumentException("Not a NUTS region of the platform's list: " + nutsCode));
        Sql sql = new Sql(db.dataSource());
        Timestamp now = Timestamp.from(clock.instant());
        if (sql.number("SELECT COUNT(*) FROM clusters WHERE id = ?", id) == 0) {
            sql.update("INSERT INTO clusters (id, slug, name, name_key, nuts_code, region_name, portfolio, website_in_english,"
                            + " management_fte, visibility, created_at, updated_at, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, 0, 'PUBLIC', ?, ?, 1)",
                    id, slug, name, name.toLowerCase(Locale.ROOT), nutsCode, region, portfolio, now, now);
        } else {
            sql.update("UPDATE clusters SET slug = ?, name = ?, name_key = ?, nuts_code = ?, region_name = ?, portfolio = ?,"
                            + " updated_at = ?, version = version + 1 WHERE id = ?",
                    slug, name, name.toLowerCase(Locale.ROOT), nutsCode, region, portfolio, now, id);
        }
        clusters.put(id, new ClusterFacts(new ClusterRef(id, slug, name), portfolio, nutsCode.substring(0, 2), nutsCode));
        return this;
    }

    /** Declares a person, so that {@link #user(long)} finds them and notifications may reach them. */
    public TestModuleContext person(long id, String username, String displayName) {
        people.put(id, new UserRef(id, username, displayName));
        return this;
    }

    /** From now on the module acts for {@code who} (also declared as a person), or for nobody with {@code null}. */
    public void actAs(ModuleUser who) {
        if (who != null) {
            people.put(who.user().id(), who.user());
        }
        this.user = who;
    }

    /**
     * Gives the current user these modules' permissions besides those they hold, as an administrator's grant (to
     * them or to their platform role) would: {@code currentUser().get().has(permission)} is then true.
     */
    public TestModuleContext grant(ModulePermission... permissions) {
        return withModulePermissions(permissions, true);
    }

    /** Takes these modules' permissions from the current user again. */
    public TestModuleContext revoke(ModulePermission... permissions) {
        return withModulePermissions(permissions, false);
    }

    private TestModuleContext withModulePermissions(ModulePermission[] permissions, boolean granted) {
        ModuleUser current = user;
        if (current == null) {
            throw new IllegalStateException("Nobody to grant permissions to: call actAs(user) first");
        }
        Set<String> held = new HashSet<>(current.modulePermissions());
        for (ModulePermission p : permissions) {
            if (granted) {
                held.add(p.id());
            } else {
                held.remove(p.id());
            }
        }
        user = new ModuleUser(current.user(), current.platformRole(), current.permissions(), current.clusterRoles(), held);
        return this;
    }

    /** The version {@link #moduleVersion()} answers ({@code 1.0.0} unless changed). */
    public TestModuleContext version(String moduleVersion) {
        this.version = moduleVersion;
        return this;
    }

    /** The clock the store dates documents with (the system clock unless changed), e.g. to test {@code changedSince}. */
    public TestModuleContext clock(Clock newClock) {
        clock.use(newClock);
        return this;
    }

    /**
     * A user with a platform role and roles in clusters; their permissions are those the platform grants the role
     * (the platform's own role table, so a test cannot give a role what the platform does not).
     */
    public static ModuleUser user(long id, String username, String displayName, eu.clus3.plugin.api.PlatformRole role,
                                  Map<Long, eu.clus3.plugin.api.ClusterRole> clusterRoles) {
        PlatformRole platformRole = PlatformRole.valueOf(role.name());
        return new ModuleUser(new UserRef(id, username, displayName), role.name(), Arrays.stream(Permission.values())
                .filter(platformRole::grants).map(Permission::name).collect(Collectors.toSet()),
                clusterRoles.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
    }

    /** {@code manager<id>} ("Manager id"), a member of the platform who manages the cluster. */
    public static ModuleUser manager(long id, long clusterId) {
        return user(id, "manager" + id, "Manager " + id, eu.clus3.plugin.api.PlatformRole.MEMBER,
                Map.of(clusterId, eu.clus3.plugin.api.ClusterRole.MANAGER));
    }

    /** {@code member<id>} ("Member id"), a member of the platform and of the cluster. */
    public static ModuleUser member(long id, long clusterId) {
        return user(id, "member" + id, "Member " + id, eu.clus3.plugin.api.PlatformRole.MEMBER,
                Map.of(clusterId, eu.clus3.plugin.api.ClusterRole.MEMBER));
    }

    /** {@code staff<id>} ("Staff id"), regional staff: sees every cluster. */
    public static ModuleUser assessor(long id) {
        return user(id, "staff" + id, "Staff " + id, eu.clus3.plugin.api.PlatformRole.REGIONAL_STAFF, Map.of());
    }

    /** {@code admin<id>} ("Admin id"), an administrator: every platform permission. */
    public static ModuleUser administrator(long id) {
        return user(id, "admin" + id, "Admin " + id, eu.clus3.plugin.api.PlatformRole.ADMINISTRATOR, Map.of());
    }

    /**
     * Sets a value of one of the module's settings as an administrator would: a string, a number or a boolean, or
     * {@code null} for the default again (a secret: not set). Refused as the platform refuses it, with
     * {@link IllegalArgumentException} naming the reason ({@code validation.range}, ...). A value that changes
     * something is announced to the {@link #listen listeners} as {@link Settings#CHANGED}, like on the platform.
     */
    public TestModuleContext setting(String key, Object value) {
        Map<String, Object> change = new HashMap<>();
        change.put(key, value);
        ModuleSettingStore.Change done;
        try {
            done = ModuleSettingStore.change(db, clock, moduleId, declaredSettings(), null, change,
                    Optional.ofNullable(user).map(u -> u.user().username()).orElse(null), c -> { });
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage() + " " + e.fieldErrors().stream()
                    .map(f -> f.code()).toList(), e);
        }
        if (!done.changedKeys().isEmpty()) {
            platformEvent(Settings.CHANGED, Map.of("module", moduleId, "version",
                    Long.toString(done.after().version()), "keys", String.join(",", done.changedKeys())));
        }
        return this;
    }

    /** The module's declaration, read once from its extension index like the platform reads it from the jar. */
    private synchronized List<ModuleSetting> declaredSettings() {
        if (settings == null) {
            List<Class<?>> types = new ArrayList<>();
            try (InputStream index = moduleResources.getResourceAsStream("META-INF/extensions.idx")) {
                String text = index == null ? "" : new String(index.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    String name = line.trim();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        types.add(Class.forName(name, false, moduleClass.getClassLoader()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The module's extension index names a missing class", e);
            }
            settings = ModuleSettingRules.declared(types, this);
        }
        return settings;
    }

    /** Gives events to a listener of the module (or of another module), as the platform would while it runs. */
    public TestModuleContext listen(ModuleEventListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Sends a platform event ({@code platform.<what>}, e.g. {@code platform.demo-data-loaded}) to the
     * {@link #listen listeners}; they act for the current user, as with the platform's {@code publishAs}.
     */
    public void platformEvent(String topic, Map<String, String> data) {
        ModuleEvents.requireTopic(ModuleEvents.PLATFORM, topic);
        deliver(new ModuleEvent(topic, ModuleEvents.PLATFORM, data == null ? Map.of() : data, clock.instant()));
    }

    // --- the ModuleContext --------------------------------------------------------------------

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public String moduleVersion() {
        return version;
    }

    @Override
    public ModuleStore store() {
        return store;
    }

    @Override
    public Optional<ClusterRef> cluster(long id) {
        return clusterFacts(id).map(ClusterFacts::cluster);
    }

    @Override
    public Optional<ClusterRef> clusterBySlug(String slug) {
        return clusters.values().stream().map(ClusterFacts::cluster).filter(c -> c.slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<ClusterFacts> clusterFacts(long id) {
        return Optional.ofNullable(clusters.get(id));
    }

    /** Every declared cluster, by name (the platform's directory order). */
    @Override
    public List<ClusterRef> clusters() {
        return clusters.values().stream().map(ClusterFacts::cluster)
                .sorted(Comparator.comparing(ClusterRef::name).thenComparing(ClusterRef::id)).toList();
    }

    @Override
    public Optional<UserRef> user(long id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public Optional<ModuleUser> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public EventBus events() {
        return (topic, data) -> {
            ModuleEvents.requireTopic(moduleId, topic);
            ModuleEvent event = new ModuleEvent(topic, moduleId, data == null ? Map.of() : data, clock.instant());
            events.add(event);
            deliver(event);
        };
    }

    @Override
    public SearchPublisher search() {
        return key -> {
            search.changed(key);
            searchChanges.add(key);
        };
    }

    @Override
    public Notifications notifications() {
        return (userId, message, link) -> {
            SentNotification sent = new SentNotification(userId, NotificationService.moduleText(message),
                    NotificationService.moduleLink(moduleId, link));
            if (!people.containsKey(userId)) {
                throw new IllegalArgumentException("No person has the id " + userId
                        + " (declare them with person(...) or actAs(...))");
            }
            notifications.add(sent);
        };
    }

    /** The platform's own PDF renderer, as modules get it. */
    /** Schedules are kept, not timed: a test runs one with {@link #runSchedule}. */
    @Override
    public Schedules schedules() {
        return new Schedules() {
            @Override
            public void every(String name, Duration interval, Runnable work) {
                if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
                    throw new IllegalArgumentException("A schedule runs at most once a minute: " + interval);
                }
                keep(name, "every " + interval, work);
            }

            @Override
            public void daily(String name, LocalTime time, Runnable work) {
                keep(name, "daily " + time, work);
            }
        };
    }

    private void keep(String name, String spec, Runnable work) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("A schedule's name is letters, digits, '-' and '.', at most 64: " + name);
        }
        scheduled.put(name, work);
        scheduleSpecs.put(name, spec);
    }

    /** The module's schedules, by name, as the platform stores them ({@code every PT5M}, {@code daily 07:00}). */
    public Map<String, String> schedulesRegistered() {
        return Map.copyOf(scheduleSpecs);
    }

    /** Runs a registered schedule's work now, as the platform does: with no current user. */
    public void runSchedule(String name) {
        Runnable work = scheduled.get(name);
        if (work == null) {
            throw new IllegalArgumentException("No schedule '" + name + "'; registered: " + scheduleSpecs.keySet());
        }
        ModuleUser before = user;
        user = null;
        try {
            work.run();
        } finally {
            user = before;
        }
    }

    @Override
    public ModuleAudit audit() {
        return (action, clusterId, details) -> audited.add(new AuditRecord(
                Optional.ofNullable(user).map(u -> u.user().username()).orElse("module:" + moduleId),
                ModuleMail.auditAction(moduleId, action), clusterId, ModuleMail.auditDetails(details)));
    }

    @Override
    public Mail mail() {
        return (to, subject, text) -> {
            ModuleMail.check(to, subject);
            mails.add(new SentMail(to.trim(), subject.trim(), text == null ? "" : text));
        };
    }

    /** The module's settings, read through the platform's rules: the values given to {@link #setting}, else the defaults. */
    @Override
    public Settings settings() {
        return ModuleSettingRules.reader(declaredSettings(), ModuleSettingStore.read(db, moduleId).values());
    }

    /** The platform's JSON mapping, the same that binds the module's REST bodies in the platform. */
    @Override
    public JsonMapping json() {
        return json;
    }

    @Override
    public Documents documents() {
        return ModulePdfDocuments.INSTANCE;
    }

    @Override
    public PlatformLinks links() {
        return links;
    }

    @Override
    public String message(Locale locale, String key, Object... arguments) {
        return messages.message(locale, key, arguments);
    }

    /** One event to every interested listener, one at a time, in publication order; a failing listener is logged. */
    private void deliver(ModuleEvent event) {
        synchronized (undelivered) {
            undelivered.add(event);
            if (delivering) {
                return; // a listener published: delivered after the current event, as on the platform's one thread
            }
            delivering = true;
        }
        try {
            while (true) {
                ModuleEvent next;
                synchronized (undelivered) {
                    next = undelivered.poll();
                    if (next == null) {
                        delivering = false;
                        return;
                    }
                }
                for (ModuleEventListener listener : listeners) {
                    try {
                        if (listener.accepts(next.topic())) {
                            listener.onEvent(next);
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "A listener failed on event " + next.topic(), e);
                    }
                }
            }
        } finally {
            synchronized (undelivered) {
                delivering = false;
            }
        }
    }

    /** The system clock, or the one a test chose. */
    private static final class SettableClock extends Clock {

        private volatile Clock current = Clock.systemUTC();

        void use(Clock clock) {
            current = clock;
        }

        @Override
        public Instant instant() {
            return current.instant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The test clock has one zone");
        }
    }
}
