package eu.clus3.core.modules;

import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.cluster.ClusterSearchSource;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.search.SearchPrincipals;
import eu.clus3.core.search.SearchSource;
import eu.clus3.plugin.api.SearchEntry;
import eu.clus3.plugin.api.SearchEntrySource;
import eu.clus3.search.Language;
import eu.clus3.search.SearchDocument;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Modules' search entries for the indexer: kinds {@code module:<id>}, one per running module with a
 * {@link SearchEntrySource} (so {@link #kinds()} changes while the platform runs). When a module starts,
 * all its entries are queued for indexing; when it stops, they are queued again and, the module being
 * gone, leave the index. An entry about a cluster gets the cluster's facets as the core's documents do
 * (slug, region, sector), read by the platform, and is re-read when that cluster changes.
 */
public final class ModuleSearchSource implements SearchSource, ModuleMount {

    private static final Logger LOG = Logger.getLogger(ModuleSearchSource.class.getName());
    public static final String KIND_PREFIX = "module:";

    private final Database db;
    private final SearchOutbox outbox;
    private final Supplier<ModuleHost> host;
    private final ClusterRepository clusters;

    public ModuleSearchSource(Database db, SearchOutbox outbox, Supplier<ModuleHost> host) {
        this.db = db;
        this.outbox = outbox;
        this.host = host;
        this.clusters = new ClusterRepository(db);
    }

    public static String kind(String moduleId) {
        return KIND_PREFIX + moduleId;
    }

    @Override
    public Set<String> kinds() {
        return host.get().runningModules().stream().filter(m -> !m.searchSources().isEmpty())
                .map(m -> kind(m.id())).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public Optional<SearchDocument> document(String kind, String subjectId) {
        if (!kind.startsWith(KIND_PREFIX)) {
            return Optional.empty();
        }
        String id = kind.substring(KIND_PREFIX.length());
        return host.get().running(id).flatMap(m -> {
            for (SearchEntrySource source : m.searchSources()) {
                try {
                    Optional<SearchEntry> entry = ModuleCaller.as(Optional.empty(), () -> source.entry(subjectId));
                    if (entry.isPresent()) {
                        return Optional.of(document(id, entry.get()));
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Module " + id + " failed to give search entry " + subjectId, e);
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public Stream<SearchDocument> all() {
        return host.get().runningModules().stream().flatMap(m -> entries(m).map(e -> document(m.id(), e)));
    }

    @Override
    public long count() {
        return host.get().runningModules().stream().mapToLong(m -> entries(m).count()).sum();
    }

    /** Entries about a changed cluster show its slug, region and sector: they are re-read with it. */
    @Override
    public Set<Subject> dependents(Set<Subject> changed) {
        Set<Long> changedClusters = changed.stream().filter(s -> s.kind().equals(ClusterSearchSource.KIND))
                .map(s -> SearchSource.numericId(s.id())).flatMap(Optional::stream).collect(Collectors.toSet());
        if (changedClusters.isEmpty()) {
            return Set.of();
        }
        // Modules say which entry is about which cluster only through their entries: reading them all is the
        // price of a cluster's change, which is rare next to searches.
        return host.get().runningModules().stream().flatMap(m -> entries(m)
                        .filter(e -> e.clusterId() != null && changedClusters.contains(e.clusterId()))
                        .map(e -> new Subject(kind(m.id()), e.key())))
                .collect(Collectors.toSet());
    }

    /** A module's name for its entries ({@link SearchEntrySource#typeNameKey()} in its bundles), else its id. */
    @Override
    public Optional<String> typeName(String type, Locale locale) {
        if (!type.startsWith(KIND_PREFIX)) {
            return Optional.empty();
        }
        String id = type.substring(KIND_PREFIX.length());
        return Optional.of(host.get().running(id).flatMap(m -> m.searchSources().stream()
                .map(source -> named(m, source, locale)).flatMap(Optional::stream).findFirst()).orElse(id));
    }

    private static Optional<String> named(RunningModule m, SearchEntrySource source, Locale locale) {
        try {
            String key = source.typeNameKey();
            // a missing key comes back as "!key" (ModuleMessages): then the module has no name for its entries
            return Optional.ofNullable(key).map(k -> m.context().message(locale, k))
                    .filter(name -> !name.isBlank() && !name.startsWith("!"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Module " + m.id() + " failed to name its search entries", e);
            return Optional.empty();
        }
    }

    private static Stream<SearchEntry> entries(RunningModule m) {
        return m.searchSources().stream().flatMap(source -> {
            try {
                return ModuleCaller.as(Optional.empty(), source::entries).toList().stream();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Module " + m.id() + " failed to list its search entries", e);
                return Stream.empty();
            }
        });
    }

    /**
     * The index document of a module's entry; visibility in the platform's principals. An entry about a cluster
     * is faceted like the core's documents about it (the module gives only the id; the platform reads the rest).
     */
    SearchDocument document(String moduleId, SearchEntry e) {
        String kind = kind(moduleId);
        SearchDocument.Builder doc = SearchDocument.builder(SearchSource.documentId(kind, e.key()))
                .type(kind)
                .title(e.title())
                .body(e.body())
                .language(Language.ofCode(e.language() == null ? "en" : e.language().getLanguage()))
                .tags(e.tags().toArray(String[]::new))
                .date(e.date())
                .link(e.link());
        if (e.clusterId() != null) {
            clusters.find(e.clusterId()).ifPresent(c -> ClusterSearchSource.withClusterFacets(doc, c));
        }
        String admins = SearchPrincipals.permission(Permission.MANAGE_MODULES);
        String staff = SearchPrincipals.permission(Permission.SEE_ALL_CLUSTERS);
        switch (e.visibility()) {
            case PUBLIC -> doc.visibleTo(SearchPrincipals.PUBLIC);
            case SIGNED_IN -> doc.visibleTo(SearchPrincipals.SIGNED_IN);
            case CLUSTER_MEMBERS -> doc.visibleTo(SearchPrincipals.clusterMembers(e.clusterId()), staff, admins);
            case CLUSTER_MANAGERS -> doc.visibleTo(SearchPrincipals.clusterManagers(e.clusterId()), staff, admins);
            case ADMINISTRATORS -> doc.visibleTo(admins);
        }
        return doc.build();
    }

    // --- following modules as they start and stop -----------------------------------------------

    @Override
    public void started(RunningModule module) {
        queueAll(module);
    }

    @Override
    public void stopping(RunningModule module) {
        queueAll(module);
    }

    private void queueAll(RunningModule module) {
        if (module.searchSources().isEmpty()) {
            return;
        }
        List<String> keys = entries(module).map(SearchEntry::key).toList();
        db.inTransaction(() -> keys.forEach(key -> outbox.changed(kind(module.id()), key)));
    }
}
