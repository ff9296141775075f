package eu.clus3.core.modules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clus3.core.cluster.Cluster;
import eu.clus3.core.database.Database;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.plugin.api.DocumentCollection;
import eu.clus3.plugin.api.DocumentField;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.DocumentRevision;
import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.ModuleFiles;
import eu.clus3.plugin.api.ModuleStore;
import eu.clus3.plugin.api.StaleDocumentException;
import eu.clus3.plugin.api.StoredDocument;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The {@link ModuleStore} of one module: its documents (and, through {@link ModuleFileStore}, its files) in the
 * platform database, keyed by module id, so
 * they outlive the module's class loader, upgrades and uninstalling (until purged).
 */
public final class ModuleDocuments implements ModuleStore {

    static final int MAX_JSON_CHARS = 256 * 1024;
    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;
    private final String moduleId;
    private final Supplier<Optional<String>> currentUsername;
    private final ModuleFileStore files;
    private final ModuleDocumentFields fields;

    /**
     * @param currentUsername who is acting now (recorded as the author of changes), empty for the module itself
     */
    public ModuleDocuments(Database db, Clock clock, String moduleId, ModuleSettings settings,
                           Supplier<Optional<String>> currentUsername) {
        this.db = db;
        this.clock = clock;
        this.moduleId = moduleId;
        this.currentUsername = currentUsername;
        this.files = new ModuleFileStore(db, clock, moduleId, settings, currentUsername);
        this.fields = new ModuleDocumentFields(db, moduleId);
    }

    @Override
    public ModuleFiles files() {
        return files;
    }

    @Override
    public DocumentCollection collection(String name) {
        if (name == null || !COLLECTION.matcher(name).matches()) {
            throw new InvalidDocumentException("A collection name has 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return new Collection(name);
    }

    /** Removes every document and revision of a module (uninstall with purge); returns how many documents. */
    static int purge(Database db, String moduleId) {
        return db.inTransaction(() -> {
            db.em().createQuery("DELETE FROM ModuleDocumentRevision r WHERE r.pluginId = :m")
                    .setParameter("m", moduleId).executeUpdate();
            ModuleDocumentFields.purge(db, moduleId);
            return db.em().createQuery("DELETE FROM ModuleDocument d WHERE d.pluginId = :m")
                    .setParameter("m", moduleId).executeUpdate();
        });
    }

    /** How many documents a module has stored. */
    static long count(Database db, String moduleId) {
        return db.inTransaction(() -> db.em().createQuery(
                "SELECT COUNT(d) FROM ModuleDocument d WHERE d.pluginId = :m", Long.class)
                .setParameter("m", moduleId).getSingleResult());
    }

    private final class Collection implements DocumentCollection {

        private final String name;

        Collection(String name) {
            this.name = name;
        }

        @Override
        public Optional<StoredDocument> get(String key) {
            String k = checkedKey(key);
            return db.inTransaction(() -> find(k).map(this::view));
        }

        @Override
        public StoredDocument create(String key, Long clusterId, String json) {
            String k = checkedKey(key);
            String content = checkedJson(json);
            try {
                return insert(k, clusterId, content);
            } catch (ConflictException e) {
                if (!"error.duplicate".equals(e.code())) {
                    throw e;
                }
                // Another writer created the key between our check and our insert: the same answer as the check.
                throw new StaleDocumentException("A document '" + k + "' already exists in " + name,
                        get(k).map(StoredDocument::version).orElse(0L));
            }
        }

        private StoredDocument insert(String k, Long clusterId, String content) {
            return db.inTransaction(() -> {
                Optional<ModuleDocument> existing = find(k);
                if (existing.isPresent()) {
                    throw new StaleDocumentException("A document '" + k + "' already exists in " + name,
                            existing.get().getVersion());
                }
                if (clusterId != null && db.em().find(Cluster.class, clusterId) == null) {
                    throw new InvalidDocumentException("There is no cluster " + clusterId);
                }
                ModuleDocument doc = new ModuleDocument(moduleId, name, k, clusterId, content,
                        currentUsername.get().orElse(null), clock.instant());
                db.em().persist(doc);
                db.em().persist(new ModuleDocumentRevision(doc, false));
                fields.written(doc);
                return view(doc);
            });
        }

        @Override
        public StoredDocument update(String key, long expectedVersion, String json) {
            String k = checkedKey(key);
            String content = checkedJson(json);
            return db.inTransaction(() -> {
                ModuleDocument doc = current(k, expectedVersion);
                doc.replace(content, currentUsername.get().orElse(null), clock.instant());
                db.em().persist(new ModuleDocumentRevision(doc, false));
                fields.written(doc);
                return view(doc);
            });
        }

        @Override
        public void delete(String key, long expectedVersion) {
            String k = checkedKey(key);
            db.inTransaction(() -> {
                ModuleDocument doc = current(k, expectedVersion);
                doc.replace(doc.getJson(), currentUsername.get().orElse(null), clock.instant());
                db.em().persist(new ModuleDocumentRevision(doc, true));
                fields.deleted(doc);
                db.em().remove(doc);
            });
        }

        @Override
        public DocumentCollection index(DocumentField... declared) {
            fields.declare(name, declared);
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<StoredDocument> find(DocumentQuery query) {
            if (ModuleDocumentFields.needed(query)) {
                return db.inTransaction(() -> ((List<ModuleDocument>) fields.query(name, query, false)
                        .setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList())
                        .stream().map(this::view).toList());
            }
            return db.inTransaction(() -> query(query, ModuleDocument.class, "d")
                    .setFirstResult(query.offset()).setMaxResults(query.limit())
                    .getResultList().stream().map(this::view).toList());
        }

        @Override
        public long count(DocumentQuery query) {
            if (ModuleDocumentFields.needed(query)) {
                return db.inTransaction(() -> ((Number) fields.query(name, query, true).getSingleResult()).longValue());
            }
            return db.inTransaction(() -> query(query, Long.class, "COUNT(d)").getSingleResult());
        }

        @Override
        public List<DocumentRevision> history(String key) {
            String k = checkedKey(key);
            return db.inTransaction(() -> db.em().createQuery("SELECT r FROM ModuleDocumentRevision r WHERE r.pluginId = :m "
                            + "AND r.collection = :c AND r.key = :k ORDER BY r.id", ModuleDocumentRevision.class)
                    .setParameter("m", moduleId).setParameter("c", name).setParameter("k", k)
                    .getResultList().stream()
                    .map(r -> new DocumentRevision(r.getDocVersion(), r.getJson(), r.isDeleted(), r.getChangedAt(),
                            r.getChangedBy()))
                    .toList());
        }

        private <T> TypedQuery<T> query(DocumentQuery q, Class<T> type, String select) {
            StringBuilder jpql = new StringBuilder("SELECT " + select + " FROM ModuleDocument d WHERE d.pluginId = :m AND d.collection = :c");
            if (q.clusterId() != null) {
                jpql.append(" AND d.clusterId = :cluster");
            }
            if (q.keyPrefix() != null && !q.keyPrefix().isEmpty()) {
                jpql.append(" AND d.key LIKE :prefix ESCAPE '!'");
            }
            if (q.changedSince() != null) {
                jpql.append(" AND d.updatedAt >= :since");
            }
            if (type != Long.class) {
                jpql.append(q.newestFirst() ? " ORDER BY d.updatedAt DESC, d.key" : " ORDER BY d.key");
            }
            TypedQuery<T> typed = db.em().createQuery(jpql.toString(), type)
                    .setParameter("m", moduleId).setParameter("c", name);
            if (q.clusterId() != null) {
                typed.setParameter("cluster", q.clusterId());
            }
            if (q.keyPrefix() != null && !q.keyPrefix().isEmpty()) {
                typed.setParameter("prefix", q.keyPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            if (q.changedSince() != null) {
                typed.setParameter("since", q.changedSince());
            }
            return typed;
        }

        private Optional<ModuleDocument> find(String key) {
            return query(key).getResultStream().findFirst();
        }

        private TypedQuery<ModuleDocument> query(String key) {
            return db.em().createQuery("SELECT d FROM ModuleDocument d WHERE d.pluginId = :m AND d.collection = :c "
                            + "AND d.key = :k", ModuleDocument.class)
                    .setParameter("m", moduleId).setParameter("c", name).setParameter("k", key);
        }

        /**
         * The document to change, locked until the transaction ends: a second writer from the same version waits
         * here, then finds the new version and is told its copy is stale (the version is counted by hand, so
         * without the lock both writers would pass the check and the later one would silently win).
         */
        private ModuleDocument current(String key, long expectedVersion) {
            ModuleDocument doc = query(key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                    .orElseThrow(() -> new StaleDocumentException(
                    "There is no document '" + key + "' in " + name + " (any more)", 0));
            if (doc.getVersion() != expectedVersion) {
                throw new StaleDocumentException("The document '" + key + "' in " + name
                        + " was changed by someone else; reload it (current version " + doc.getVersion() + ")", doc.getVersion());
            }
            return doc;
        }

        private StoredDocument view(ModuleDocument d) {
            return new StoredDocument(d.getCollection(), d.getKey(), d.getClusterId(), d.getVersion(), d.getJson(),
                    d.getCreatedAt(), d.getUpdatedAt(), d.getUpdatedBy());
        }
    }

    private static String checkedKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidDocumentException("A document needs a key");
        }
        if (key.length() > 200 || key.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDocumentException("A document key has at most 200 characters and no control characters");
        }
        return key;
    }

    private static String checkedJson(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidDocumentException("A document needs content (a JSON object or array)");
        }
        if (json.length() > MAX_JSON_CHARS) {
            throw new InvalidDocumentException("A document may have at most " + MAX_JSON_CHARS + " characters");
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !(node.isObject() || node.isArray())) {
                throw new InvalidDocumentException("A document is a JSON object or array");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException("A document must be valid JSON: " + e.getOriginalMessage());
        }
        return json;
    }
}
