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
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.ModuleStore;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.Notifications;
import eu.clus3.plugin.api.PlatformLinks;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.SearchPublisher;
import eu.clus3.plugin.api.StaleDocumentException;
import eu.clus3.plugin.api.StoredDocument;
import eu.clus3.plugin.api.StoredFile;
import eu.clus3.plugin.api.UserRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    public TestModuleContext cluster(long id, String portfolio, String country) {
        clusters.put(id, new ClusterFacts(new ClusterRef(id, "cluster-" + id, "Cluster " + id), portfolio, country,
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

    /** The module's files, in memory: what tests attach and read. */
    public final Files files = new Files();

    @Override
    public ModuleStore store() {
        return new ModuleStore() {
            @Override
            public DocumentCollection collection(String name) {
                return collections.computeIfAbsent(name, Collection::new);
            }

            @Override
            public ModuleFiles files() {
                return files;
            }
        };
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
                return "forums/about/" + subjectKey;
            }
        };
    }

    @Override
    public String message(Locale locale, String key, Object... arguments) {
        return key + (arguments.length == 0 ? "" : " " + List.of(arguments));
    }

    /**
     * Files in memory, with the platform's contract in small: a size limit, PDF and plain text accepted (by their
     * bytes; anything starting with '<' or holding a NUL is refused), ids the store gives.
     */
    public final class Files implements ModuleFiles {

        public long maxBytes = 64 * 1024;
        private final Map<String, FileContent> stored = new LinkedHashMap<>();
        private int next;

        @Override
        public synchronized StoredFile put(String owner, String fileName, String declaredType, InputStream content) {
            byte[] bytes;
            try {
                bytes = content.readNBytes((int) maxBytes + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length > maxBytes) {
                throw new RefusedFileException(RefusedFileException.Reason.TOO_LARGE, "A file may have at most " + maxBytes + " bytes");
            }
            if (bytes.length == 0) {
                throw new RefusedFileException(RefusedFileException.Reason.EMPTY, "The file is empty");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            String type = text.startsWith("%PDF-") ? "application/pdf"
                    : text.startsWith("<") || text.indexOf('\0') >= 0 ? null : "text/plain";
            if (type == null) {
                throw new RefusedFileException(RefusedFileException.Reason.TYPE_NOT_ACCEPTED, "Only PDF and text here");
            }
            StoredFile file = new StoredFile("f" + (++next), owner, fileName, type, declaredType, bytes.length,
                    Integer.toHexString(java.util.Arrays.hashCode(bytes)), Instant.now(), user == null ? null : user.user().username());
            stored.put(file.id(), new FileContent(file, bytes));
            return file;
        }

        @Override
        public synchronized Optional<StoredFile> info(String id) {
            return Optional.ofNullable(stored.get(id)).map(FileContent::file);
        }

        @Override
        public synchronized Optional<FileContent> read(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public synchronized boolean delete(String id) {
            return stored.remove(id) != null;
        }

        @Override
        public synchronized List<StoredFile> list(String owner) {
            return stored.values().stream().map(FileContent::file).filter(f -> f.owner().equals(owner)).toList();
        }

        @Override
        public synchronized int deleteAll(String owner) {
            List<StoredFile> gone = list(owner);
            gone.forEach(f -> stored.remove(f.id()));
            return gone.size();
        }

        @Override
        public long maxBytes() {
            return maxBytes;
        }

        @Override
        public long ownerQuotaBytes() {
            return maxBytes * 100;
        }

        /** How many files are stored, whoever owns them. */
        public synchronized int count() {
            return stored.size();
        }
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
