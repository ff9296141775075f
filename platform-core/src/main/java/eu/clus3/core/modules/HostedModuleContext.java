package eu.clus3.core.modules;

import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterFilter;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.pdf.PdfRenderer;
import eu.clus3.plugin.api.ClusterFacts;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.Documents;
import eu.clus3.plugin.api.EventBus;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleStore;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.Notifications;
import eu.clus3.plugin.api.PlatformLinks;
import eu.clus3.plugin.api.SearchPublisher;
import eu.clus3.plugin.api.UserRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link ModuleContext} of one started module. It holds platform services, never the other way
 * round: when the module stops the context goes with it.
 */
final class HostedModuleContext implements ModuleContext {

    /** The platform services a context reaches; one instance shared by every module's context. */
    record Platform(Database db, Clock clock, ClusterService clusters, UserRepository users, SearchOutbox outbox,
                    ModuleEvents events, Consumer<ModuleNotification> notifications, Supplier<Optional<Actor>> caller) {
    }

    /** One renderer for every module; at most one rendering per processor at a time (PDF is CPU work). */
    private static final PdfRenderer PDF = new PdfRenderer();
    private static final java.util.concurrent.Semaphore PDF_SLOTS =
            new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private static final Documents DOCUMENTS = xhtml -> {
        try {
            if (!PDF_SLOTS.tryAcquire(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("The server is busy making other PDF documents: try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to make a PDF document", e);
        }
        try {
            return PDF.render(xhtml);
        } finally {
            PDF_SLOTS.release();
        }
    };

    private final Platform platform;
    private final String moduleId;
    private final String version;
    private final ClassLoader classLoader;
    private final ModuleDocuments store;
    private final Map<Locale, Properties> bundles = new ConcurrentHashMap<>();

    HostedModuleContext(Platform platform, String moduleId, String version, ClassLoader classLoader) {
        this.platform = platform;
        this.moduleId = moduleId;
        this.version = version;
        this.classLoader = classLoader;
        this.store = new ModuleDocuments(platform.db(), platform.clock(), moduleId,
                () -> platform.caller().get().map(Actor::username));
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
                    roles);
        });
    }

    @Override
    public EventBus events() {
        return (topic, data) -> platform.events().publish(moduleId, topic, data);
    }

    @Override
    public SearchPublisher search() {
        return key -> {
            if (key == null || key.isBlank() || key.length() > 80) {
                throw new IllegalArgumentException("A search entry key has 1 to 80 characters");
            }
            platform.db().inTransaction(() -> platform.outbox().changed(ModuleSearchSource.kind(moduleId), key));
        };
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
        return new PlatformLinks() {
            @Override
            public String cluster(ClusterRef cluster) {
                return "clusters/" + cluster.slug();
            }

            @Override
            public String moduleView(String path) {
                return "modules/" + moduleId + (path == null || path.isEmpty() ? "" : "/" + path);
            }

            @Override
            public String discussionAbout(String subjectKey, String title) {
                // The forum's subject reference (a topic's indicatorRef): what forum/about/<ref> looks up.
                String ref = "module:" + moduleId + ":" + subjectKey;
                if (subjectKey == null || !subjectKey.matches("[A-Za-z0-9._:-]+") || ref.length() > 100) {
                    throw new IllegalArgumentException("A discussion's subject key holds letters, digits and . _ : -"
                            + " (at most " + (100 - ("module:" + moduleId + ":").length()) + " characters): " + subjectKey);
                }
                return "forum/about/" + ref
                        + (title == null || title.isBlank() ? "" : "?title=" + URLEncoder.encode(title.strip(), StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public Documents documents() {
        return DOCUMENTS;
    }

    @Override
    public String message(Locale locale, String key, Object... arguments) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        String pattern = bundle(l).getProperty(key);
        if (pattern == null) {
            return "!" + key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, l).format(arguments);
    }

    /** The module's messages for a locale: messages_<lang>.properties over messages.properties, from its own jar only. */
    private Properties bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> {
            Properties base = read("messages.properties", null);
            return l.getLanguage().isEmpty() ? base : read("messages_" + l.getLanguage() + ".properties", base);
        });
    }

    private Properties read(String name, Properties defaults) {
        Properties p = defaults == null ? new Properties() : new Properties(defaults);
        // findResource: the module's own jar only, never the platform's bundles of the same name.
        URL url = classLoader instanceof URLClassLoader own ? own.findResource(name) : null;
        if (url != null) {
            try {
                var connection = url.openConnection();
                // No cached JarFile: it would keep the module's jar open after the module is gone.
                connection.setUseCaches(false);
                try (InputStream in = connection.getInputStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // a broken bundle shows keys, it does not break the page
            }
        }
        return p;
    }
}
