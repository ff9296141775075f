package eu.clus3.core.modules;

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
 * gone, leave the index.
 */
public final class ModuleSearchSource implements SearchSource, ModuleMount {

    private static final Logger LOG = Logger.getLogger(ModuleSearchSource.class.getName());
    public static final String KIND_PREFIX = "module:";

    private final Database db;
    private final SearchOutbox outbox;
    private final Supplier<ModuleHost> host;

    public ModuleSearchSource(Database db, SearchOutbox outbox, Supplier<ModuleHost> host) {
        this.db = db;
        this.outbox = outbox;
        this.host = host;
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

    /** The index document of a module's entry; visibility in the platform's principals. */
    static SearchDocument document(String moduleId, SearchEntry e) {
        String kind = kind(moduleId);
        SearchDocument.Builder doc = SearchDocument.builder(SearchSource.documentId(kind, e.key()))
                .type(kind)
                .title(e.title())
                .body(e.body())
                .language(Language.ofCode(e.language() == null ? "en" : e.language().getLanguage()))
                .tags(e.tags().toArray(String[]::new))
                .date(e.date())
                .facet("module", moduleId);
        if (e.clusterId() != null) {
            doc.facet("cluster", String.valueOf(e.clusterId()));
        }
        if (e.link() != null) {
            doc.facet("link", e.link());
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
