package eu.clus3.core.modules;

import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterFilter;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.notification.MailOutbox;
import eu.clus3.plugin.api.Mail;
import eu.clus3.plugin.api.ModuleAudit;
import eu.clus3.plugin.api.Schedules;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.plugin.api.ClusterFacts;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.Documents;
import eu.clus3.plugin.api.EventBus;
import eu.clus3.plugin.api.JsonMapping;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.ModuleStore;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.Notifications;
import eu.clus3.plugin.api.PlatformLinks;
import eu.clus3.plugin.api.SearchPublisher;
import eu.clus3.plugin.api.Settings;
import eu.clus3.plugin.api.UserRef;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link ModuleContext} of one started module. It holds platform services, never the other way
 * round: when the module stops the context goes with it.
 */
final class HostedModuleContext implements ModuleContext, AutoCloseable {

    /** The platform services a context reaches; one instance shared by every module's context. */
    record Platform(Database db, Clock clock, ModuleSettings settings, ClusterService clusters, UserRepository users,
                    SearchOutbox outbox, ModuleEvents events, Consumer<ModuleNotification> notifications,
                    Supplier<Optional<Actor>> caller, Function<Actor, Set<String>> modulePermissions,
                    ModuleScheduler scheduler, AuditTrail audit, MailOutbox mail) {
    }


    private final Platform platform;
    private final String moduleId;
    private final String version;
    private final ModuleDocuments store;
    private final SearchPublisher search;
    private final PlatformLinks links;
    private final ModuleMessages messages;
    private final ModuleJson json = new ModuleJson();
    private final Schedules schedules;
    private volatile List<ModuleSetting> settings = List.of();

    HostedModuleContext(Platform platform, String moduleId, String version, ClassLoader classLoader) {
        this.platform = platform;
        this.moduleId = moduleId;
        this.version = version;
        this.store = new ModuleDocuments(platform.db(), platform.clock(), moduleId, platform.settings(),
                () -> platform.caller().get().map(Actor::username));
        this.search = new ModuleSearchPublisher(platform.db(), platform.outbox(), moduleId);
        this.links = new ModuleLinks(moduleId);
        this.messages = new ModuleMessages(classLoader);
        this.schedules = platform.scheduler().of(moduleId, classLoader);
    }

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
        try {
            return Optional.of(ref(platform.clusters().get(platform.caller().get(), id)));
        } catch (Clus3Exception e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ClusterRef> clusterBySlug(String slug) {
        try {
            return Optional.of(ref(platform.clusters().getBySlug(platform.caller().get(), slug)));
        } catch (Clus3Exception e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ClusterFacts> clusterFacts(long id) {
        try {
            ClusterDetails d = platform.clusters().get(platform.caller().get(), id);
            String nuts = d.profile().nutsCode();
            return Optional.of(new ClusterFacts(ref(d), d.profile().portfolio().name(),
                    nuts == null || nuts.length() < 2 ? null : nuts.substring(0, 2), nuts));
        } catch (Clus3Exception e) {
            return Optional.empty();
        }
    }

    @Override
    public List<ClusterRef> clusters() {
        return platform.clusters().directory(platform.caller().get(), ClusterFilter.all(),
                        new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().map(c -> new ClusterRef(c.id(), c.slug(), c.name())).toList();
    }

    private static ClusterRef ref(ClusterDetails d) {
        return new ClusterRef(d.id(), d.slug(), d.profile().name());
    }

    @Override
    public Optional<UserRef> user(long id) {
        return platform.db().inTransaction(() -> platform.users().findById(id)
                .map(u -> new UserRef(u.getId(), u.getUsername(), u.getDisplayName())));
    }

    @Override
    public Optional<ModuleUser> currentUser() {
        return platform.caller().get().map(actor -> {
            Map<Long, String> roles = new LinkedHashMap<>();
            platform.clusters().myClusters(actor).forEach(m -> roles.put(m.clusterId(), m.role().name()));
            String displayName = user(actor.userId()).map(UserRef::displayName).orElse(actor.username());
            return new ModuleUser(new UserRef(actor.userId(), actor.username(), displayName), actor.role().name(),
                    Arrays.stream(Permission.values()).filter(actor::can).map(Permission::name).collect(Collectors.toSet()),
                    roles, platform.modulePermissions().apply(actor));
        });
    }

    @Override
    public EventBus events() {
        return (topic, data) -> platform.events().publish(moduleId, topic, data);
    }

    @Override
    public SearchPublisher search() {
        return search;
    }

    @Override
    public Notifications notifications() {
        return (userId, message, link) -> {
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("A notification needs a message");
            }
            platform.notifications().accept(new ModuleNotification(moduleId, userId, message, link));
        };
    }

    @Override
    public PlatformLinks links() {
        return links;
    }

    @Override
    public Documents documents() {
        return ModulePdfDocuments.INSTANCE;
    }

    @Override
    public JsonMapping json() {
        return json;
    }

    /** The module's JSON mapping, which also binds its REST endpoint ({@link ModuleCall}); closed when it stops. */
    ModuleJson jsonMapping() {
        return json;
    }

    @Override
    public Schedules schedules() {
        return schedules;
    }

    @Override
    public ModuleAudit audit() {
        return (action, clusterId, details) -> {
            String recorded = ModuleMail.auditAction(moduleId, action);
            Optional<Actor> actor = platform.caller().get();
            platform.db().inTransaction(() -> platform.audit().record(actor.map(Actor::userId).orElse(null),
                    actor.map(Actor::username).orElse("module:" + moduleId), "module", 0, clusterId, recorded,
                    ModuleMail.auditDetails(details)));
        };
    }

    /** What the module declares, known before it starts ({@link ModuleHost}). */
    void declareSettings(List<ModuleSetting> declared) {
        this.settings = List.copyOf(declared);
    }

    @Override
    public Settings settings() {
        return ModuleSettingRules.reader(settings, ModuleSettingStore.read(platform.db(), moduleId).values());
    }

    @Override
    public Mail mail() {
        return (to, subject, text) -> {
            ModuleMail.check(to, subject);
            platform.db().inTransaction(() -> platform.mail().queue(null, to.trim(), subject.trim(), text == null ? "" : text));
        };
    }

    /** Releases what the context keeps of the module's classes; called when the module stops. */
    @Override
    public void close() {
        json.close();
    }

    @Override
    public String message(Locale locale, String key, Object... arguments) {
        return messages.message(locale, key, arguments);
    }
}
