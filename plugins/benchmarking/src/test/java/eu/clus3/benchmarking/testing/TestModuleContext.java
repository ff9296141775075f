package eu.clus3.benchmarking.testing;

import eu.clus3.plugin.api.ClusterFacts;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.DocumentCollection;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.DocumentRevision;
import eu.clus3.plugin.api.EventBus;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleEvent;
import eu.clus3.plugin.api.ModuleStore;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.Notifications;
import eu.clus3.plugin.api.PlatformLinks;
import eu.clus3.plugin.api.SearchPublisher;
import eu.clus3.plugin.api.StaleDocumentException;
import eu.clus3.plugin.api.StoredDocument;
import eu.clus3.plugin.api.UserRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module's view of the platform, written for the module's unit tests as plugins/README.md suggests:
 * an in-memory store that keeps versions and history like the platform's, a switchable current user,
 * recorded events and search changes. The real store is exercised by the integration test in ui/.
 */
public final class TestModuleContext implements ModuleContext {

    public final Map<Long, ClusterFacts> clusters = new HashMap<>();
    public final List<ModuleEvent> events = new ArrayList<>();
    public final List<String> searchChanges = new ArrayList<>();
    private final Map<String, Collection> collections = new ConcurrentHashMap<>();
    private ModuleUser user;
    private boolean realMessages;
    private final Map<String, java.util.Properties> bundles = new ConcurrentHashMap<>();

    public TestModuleContext cluster(long id, String portfolio, String country) {
        return cluster(id, "Cluster " + id, portfolio, country);
    }

    public TestModuleContext cluster(long id, String name, String portfolio, String country) {
        clusters.put(id, new ClusterFacts(new ClusterRef(id, "cluster-" + id, name), portfolio, country,
                country + "X1"));
        return this;
    }

    public void actAs(ModuleUser who) {
        this.user = who;
    }

    public static ModuleUser manager(long id, long clusterId) {
        return new ModuleUser(new UserRef(id, "manager" + id, "Manager " + id), "MEMBER", Set.of("USE_API_TOKENS"),
                Map.of(clusterId, "MANAGER"));
    }

    public static ModuleUser member(long id, long clusterId) {
        return new ModuleUser(new UserRef(id, "member" + id, "Member " + id), "MEMBER", Set.of("USE_API_TOKENS"),
                Map.of(clusterId, "MEMBER"));
    }

    public static ModuleUser assessor(long id) {
        return new ModuleUser(new UserRef(id, "staff" + id, "Staff " + id), "REGIONAL_STAFF",
                Set.of("SEE_ALL_CLUSTERS", "MANAGE_CLUSTERS"), Map.of());
    }

    public static ModuleUser administrator(long id) {
        return new ModuleUser(new UserRef(id, "admin" + id, "Admin " + id), "ADMINISTRATOR",
                Set.of("SEE_ALL_CLUSTERS", "MANAGE_CLUSTERS", "MANAGE_MODULES"), Map.of());
    }

    @Override
    public String moduleId() {
        return "benchmarking";
    }

    @Override
    public String moduleVersion() {
        return "1.0.0";
    }

    @Override
    public ModuleStore store() {
        return name -> collections.computeIfAbsent(name, Collection::new);
    }

    @Override
    public Optional<ClusterRef> cluster(long id) {
        return clusterFacts(id).map(ClusterFacts::cluster);
    }

    @Override
    public Optional<ClusterFacts> clusterFacts(long id) {
        return Optional.ofNullable(clusters.get(id));
    }

    @Override
    public Optional<ClusterRef> clusterBySlug(String slug) {
        return clusters.values().stream().map(ClusterFacts::cluster).filter(c -> c.slug().equals(slug)).findFirst();
    }

    @Override
    public List<ClusterRef> clusters() {
        return clusters.values().stream().map(ClusterFacts::cluster).toList();
    }

    @Override
    public Optional<UserRef> user(long id) {
        return Optional.empty();
    }

    @Override
    public Optional<ModuleUser> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public EventBus events() {
        return (topic, data) -> events.add(new ModuleEvent(topic, moduleId(), data, Instant.now()));
    }

    @Override
    public SearchPublisher search() {
        return searchChanges::add;
    }

    @Override
    public Notifications notifications() {
        return (userId, message, link) -> { };
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
                return "modules/benchmarking" + (path.isEmpty() ? "" : "/" + path);
            }

            @Override
            public String discussionAbout(String subjectKey, String title) {
                // the platform's rule (HostedModuleContext): letters, digits and . _ : -, the reference at most 100
                String ref = "module:benchmarking:" + subjectKey;
                if (subjectKey == null || !subjectKey.matches("[A-Za-z0-9._:-]+") || ref.length() > 100) {
                    throw new IllegalArgumentException("Not a subject key: " + subjectKey);
                }
                return "forum/about/" + ref + (title == null || title.isBlank() ? ""
                        : "?title=" + java.net.URLEncoder.encode(title.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        };
    }

    /** From now on, messages come from the module's real bundles (as the platform reads them), not as keys. */
    public TestModuleContext realMessages() {
        this.realMessages = true;
        return this;
    }

    @Override
    public String message(Locale locale, String key, Object... arguments) {
        if (!realMessages) {
            return key + (arguments.length == 0 ? "" : " " + List.of(arguments));
        }
        java.util.Properties p = bundles.computeIfAbsent(locale.getLanguage(), language -> {
            java.util.Properties read = new java.util.Properties();
            for (String name : List.of("/messages.properties", "/messages_" + language + ".properties")) {
                try (var in = TestModuleContext.class.getResourceAsStream(name)) {
                    if (in != null) {
                        read.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return read;
        });
        String pattern = p.getProperty(key);
        if (pattern == null) {
            return "!" + key;
        }
        return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(arguments);
    }

    /** One collection: documents with versions and their full history, like the platform's store. */
    private final class Collection implements DocumentCollection {

        private final String name;
        private final Map<String, StoredDocument> documents = new TreeMap<>();
        private final Map<String, List<DocumentRevision>> history = new HashMap<>();

        Collection(String name) {
            this.name = name;
        }

        private String by() {
            return user == null ? null : user.user().username();
        }

        @Override
        public synchronized Optional<StoredDocument> get(String key) {
            return Optional.ofNullable(documents.get(key));
        }

        @Override
        public synchronized StoredDocument create(String key, Long clusterId, String json) {
            if (key == null || key.isBlank()) {
                throw new InvalidDocumentException("A document needs a key");
            }
            if (documents.containsKey(key)) {
                throw new StaleDocumentException("A document '" + key + "' already exists", documents.get(key).version());
            }
            Instant now = Instant.now();
            StoredDocument d = new StoredDocument(name, key, clusterId, 1, json, now, now, by());
            documents.put(key, d);
            history.computeIfAbsent(key, k -> new ArrayList<>()).add(new DocumentRevision(1, json, false, now, by()));
            return d;
        }

        @Override
        public synchronized StoredDocument update(String key, long expectedVersion, String json) {
            StoredDocument old = documents.get(key);
            if (old == null || old.version() != expectedVersion) {
                throw new StaleDocumentException("stale", old == null ? 0 : old.version());
            }
            Instant now = Instant.now();
            StoredDocument d = new StoredDocument(name, key, old.clusterId(), old.version() + 1, json, old.createdAt(), now, by());
            documents.put(key, d);
            history.get(key).add(new DocumentRevision(d.version(), json, false, now, by()));
            return d;
        }

        @Override
        public synchronized void delete(String key, long expectedVersion) {
            StoredDocument old = documents.get(key);
            if (old == null || old.version() != expectedVersion) {
                throw new StaleDocumentException("stale", old == null ? 0 : old.version());
            }
            documents.remove(key);
            history.get(key).add(new DocumentRevision(old.version() + 1, null, true, Instant.now(), by()));
        }

        @Override
        public synchronized List<StoredDocument> find(DocumentQuery query) {
            Comparator<StoredDocument> order = query.newestFirst()
                    ? Comparator.comparing(StoredDocument::updatedAt).reversed() : Comparator.comparing(StoredDocument::key);
            return documents.values().stream()
                    .filter(d -> query.clusterId() == null || query.clusterId().equals(d.clusterId()))
                    .filter(d -> query.keyPrefix() == null || d.key().startsWith(query.keyPrefix()))
                    .filter(d -> query.changedSince() == null || !d.updatedAt().isBefore(query.changedSince()))
                    .sorted(order).skip(query.offset()).limit(query.limit()).toList();
        }

        @Override
        public synchronized long count(DocumentQuery query) {
            return find(query.offset(0).limit(DocumentQuery.MAX_LIMIT)).size();
        }

        @Override
        public synchronized List<DocumentRevision> history(String key) {
            return List.copyOf(history.getOrDefault(key, List.of()));
        }
    }
}
