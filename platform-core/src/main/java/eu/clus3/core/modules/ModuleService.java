package eu.clus3.core.modules;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.modules.ArtifactVerifier.Installed;
import eu.clus3.core.modules.ArtifactVerifier.Purpose;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.Clus3Config;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.plugin.api.PluginApi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Administration of module plugins: list, verify, install, upgrade, enable, disable, uninstall. The
 * database holds the installed set (artifacts included); after each change this node's {@link ModuleHost}
 * converges on it, and on start every node loads the same set. Only administrators
 * ({@link Permission#MANAGE_MODULES}) change anything.
 */
@ApplicationScoped
public class ModuleService {

    private static final Logger LOG = Logger.getLogger(ModuleService.class.getName());
    /** Module jars that ship with the platform: listed in this resource, found beside it. */
    static final String BUNDLED_INDEX = "bundled-modules/index.txt";

    private Database db;
    private AuditTrail audit;
    private Clock clock;
    private ArtifactVerifier verifier;
    private ModuleCaller caller;
    private ModuleEvents events;
    private ModuleHost host;
    private ModuleSearchSource search;
    private ModuleEndpointModels endpointModels;
    private ModuleOpenApi apiDocument;
    private ModuleScheduler scheduler;
    private ModuleGrants grants;
    private java.util.concurrent.ScheduledExecutorService follower;

    protected ModuleService() {
        // for CDI proxies
    }

    @Inject
    public ModuleService(Database db, Clus3Config config, ModuleSettings settings, ClusterService clusters,
                         UserRepository users, SearchOutbox outbox, AuditTrail audit, Clock clock,
                         NotificationService notifications) {
        this(db, config, settings, clusters, users, outbox, audit, clock, deliveredBy(notifications), new ModuleCaller());
        caller.addSource(() -> CDI.current().select(CurrentActor.class).get().get());
    }

    public ModuleService(Database db, Clus3Config config, ModuleSettings settings, ClusterService clusters,
                         UserRepository users, SearchOutbox outbox, AuditTrail audit, Clock clock,
                         Consumer<ModuleNotification> notifications, ModuleCaller caller) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.caller = caller;
        this.verifier = new ArtifactVerifier(settings, TrustedKeys.from(settings.trustedKeys()), PluginApi.VERSION);
        this.events = new ModuleEvents(clock, () -> host.runningModules());
        this.scheduler = new ModuleScheduler(db, clock);
        this.grants = new ModuleGrants(db);
        HostedModuleContext.Platform platform = new HostedModuleContext.Platform(db, clock, settings, clusters, users, outbox,
                events, notifications, caller::current, grants::heldBy, scheduler, audit,
                new eu.clus3.core.notification.MailOutbox(db, clock));
        this.host = new ModuleHost(config.pluginDir(),
                (id, version, loader) -> new HostedModuleContext(platform, id, version, loader),
                settings.startTimeoutSeconds());
        host.onUpgrade(this::claimUpgrade, this::unclaimUpgrade);
        host.addMount(scheduler);
        this.search = new ModuleSearchSource(db, outbox, () -> host);
        host.addMount(search);
        this.endpointModels = new ModuleEndpointModels();
        host.addMount(endpointModels);
        this.apiDocument = new ModuleOpenApi(() -> host.runningModules());
        host.addMount(apiDocument);
    }

    /**
     * The modules this node unloaded and whether their class loaders are gone (administrators): with {@code collect},
     * after asking the JVM for full collections first (a diagnostic: it pauses the server for a moment).
     */
    public UnloadedModules unloaded(Actor actor, boolean collect) {
        actor.require(Permission.MANAGE_MODULES);
        if (collect) {
            // Several rounds, a moment apart: a loader freed by one collection may hold the last reference to
            // another's objects, and a thread that just ran module code (an event, a request) may still be ending.
            for (int round = 0; round < 10 && host.unloadedModules().stream().anyMatch(u -> !u.collected()); round++) {
                System.gc();
                try {
                    Thread.sleep(round == 0 ? 0 : 50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        List<UnloadedModules.Entry> entries = host.unloadedModules().stream()
                .map(u -> new UnloadedModules.Entry(u.id(), u.version(), u.at(), u.collected())).toList();
        int alive = (int) entries.stream().filter(e -> !e.collected()).count();
        return new UnloadedModules(entries.size(), alive, collect, entries);
    }

    ModuleEndpointModels endpointModels() {
        return endpointModels;
    }

    /** Remembers the version an upgrade came from, for the module's upgrade hook. Call inside the upgrade's transaction. */
    private void markUpgraded(String id, String previousVersion) {
        db.em().flush();
        db.em().createNativeQuery("UPDATE module_artifacts SET upgraded_from = ? WHERE plugin_id = ?")
                .setParameter(1, previousVersion).setParameter(2, id).executeUpdate();
    }

    /**
     * Claims the upgrade hook of a module starting at {@code version}: answers the version it was upgraded from to
     * exactly one caller (one node), and nothing to the rest and on every later start.
     */
    private Optional<String> claimUpgrade(String id, String version) {
        return db.inTransaction(() -> {
            List<?> from = db.em().createNativeQuery("SELECT upgraded_from FROM module_artifacts WHERE plugin_id = ?"
                    + " AND plugin_version = ?").setParameter(1, id).setParameter(2, version).getResultList();
            if (from.isEmpty() || from.get(0) == null) {
                return Optional.<String>empty();
            }
            String previous = (String) from.get(0);
            int claimed = db.em().createNativeQuery("UPDATE module_artifacts SET upgraded_from = NULL WHERE plugin_id = ?"
                            + " AND plugin_version = ? AND upgraded_from = ?")
                    .setParameter(1, id).setParameter(2, version).setParameter(3, previous).executeUpdate();
            return claimed == 1 ? Optional.of(previous) : Optional.<String>empty();
        });
    }

    /** A failed upgrade hook runs again at the module's next start (enable, retry, restart). */
    private void unclaimUpgrade(String id, String version, String previous) {
        db.inTransaction(() -> db.em().createNativeQuery("UPDATE module_artifacts SET upgraded_from = ? WHERE plugin_id = ?"
                        + " AND plugin_version = ? AND upgraded_from IS NULL")
                .setParameter(1, previous).setParameter(2, id).setParameter(3, version).executeUpdate());
    }

    /**
     * Starts running modules' scheduled work on this node, looking for due work every {@code period}. Called once at
     * platform start.
     */
    public void runScheduledWork(java.time.Duration period) {
        scheduler.start(period);
    }

    /** For tests: runs the due scheduled work of this node now; answers how many runs started. */
    int runDueWork() {
        return scheduler.runDue();
    }

    /** For tests and administrators: a module's schedules as stored (name, spec, next run, last finish, last error). */
    List<Object[]> schedules(String id) {
        return scheduler.stored(id);
    }

    /** Modules' notifications become people's in-app notifications (the bell, the list, digests). */
    public static Consumer<ModuleNotification> deliveredBy(NotificationService notifications) {
        return n -> notifications.deliverFromModule(n.moduleId(), n.userId(), n.message(), n.link());
    }

    /** The modules' search entries, for the indexer (which finds every {@code SearchSource} bean). */
    @Produces
    @Singleton
    ModuleSearchSource searchSource() {
        return search;
    }

    /** The running modules and their contributions, for the UI and the REST locator. */
    public ModuleHost host() {
        return host;
    }

    /** Who modules act for; the UI adds the Vaadin session's user as a source. */
    public ModuleCaller caller() {
        return caller;
    }

    public ModuleEvents events() {
        return events;
    }

    /** The grants of modules' permissions and what people hold (kept by {@link ModulePermissionService}). */
    public ModuleGrants grants() {
        return grants;
    }

    // --- start ---------------------------------------------------------------------------------

    /** At platform start: installs bundled modules not installed yet (or newer), then loads and starts the stored set. */
    public void startInstalled() {
        installBundled();
        converge();
        LOG.info(() -> "Modules running: " + host.runningModules().stream().map(m -> m.id() + " " + m.version()).toList());
    }

    private void installBundled() {
        installBundled(ModuleService.class.getClassLoader());
    }

    /**
     * Installs (or upgrades to a newer version of) the modules that {@code bundled-modules/index.txt} lists on the
     * class path ({@code plugins/bundled-modules} generates it). A module whose dependency is listed after it is
     * installed in a later pass; one refused for good is logged and left out.
     */
    void installBundled(ClassLoader loader) {
        Map<String, byte[]> pending = new LinkedHashMap<>();
        try (InputStream index = loader.getResourceAsStream(BUNDLED_INDEX)) {
            if (index == null) {
                return;
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = bundledFileName(line);
                if (name == null) {
                    continue;
                }
                try (InputStream jar = loader.getResourceAsStream("bundled-modules/" + name)) {
                    if (jar == null) {
                        LOG.warning(() -> "Bundled module " + name + " is listed but missing");
                        continue;
                    }
                    pending.put(name, jar.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled modules", e);
        }
        Map<String, String> refused = new LinkedHashMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            refused.clear();
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var bundled = it.next();
                try {
                    installBundled(bundled.getKey(), bundled.getValue());
                    it.remove();
                    progress = true;
                } catch (InvalidInputException e) {
                    refused.put(bundled.getKey(), e.getMessage());
                }
            }
        }
        refused.forEach((name, reason) -> LOG.warning(() -> "Bundled module " + name + " refused: " + reason));
    }

    /**
     * The archive an index line names: a file name as it is, or the Maven coordinates that {@code dependency:list}
     * writes ({@code group:artifact:jar[:classifier]:version}, copied as {@code artifact[-classifier].jar}); null for
     * a comment, a blank or a heading line.
     */
    static String bundledFileName(String line) {
        String text = line.replaceAll("\u001B\\[[0-9;]*m", "");
        int detail = text.indexOf(" -- ");
        text = (detail >= 0 ? text.substring(0, detail) : text).trim();
        if (text.isEmpty() || text.startsWith("#") || text.contains(" ")) {
            return null;
        }
        String[] parts = text.split(":");
        if (parts.length == 4 || parts.length == 5) {
            String type = parts[2];
            return parts[1] + (parts.length == 5 ? "-" + parts[3] : "") + "." + type;
        }
        return parts.length == 1 && text.matches(".+[.](jar|zip)") ? text : null;
    }

    /** Installs one bundled archive unless it is installed already in this or a newer version; refusals are thrown. */
    private synchronized void installBundled(String name, byte[] bytes) {
        Map<String, Installed> installed = installed();
        try {
            VerifiedArtifact v = verifier.verify(name, bytes, Optional.empty(), installed, Purpose.INSTALL);
            db.inTransaction(() -> db.em().persist(new ModuleArtifact(v, bytes, true, null, clock.instant())));
            LOG.info(() -> "Installed bundled module " + v.descriptor().id() + " " + v.descriptor().version());
            return;
        } catch (InvalidInputException e) {
            if (!hasCode(e, "module.duplicateId")) {
                throw e;
            }
        }
        // Installed already: a newer bundled version replaces a bundled one (never one an administrator uploaded).
        VerifiedArtifact v;
        try {
            v = verifier.verify(name, bytes, Optional.empty(), installed, Purpose.UPGRADE);
        } catch (InvalidInputException e) {
            if (hasCode(e, "module.sameVersion") || hasCode(e, "module.lowerVersion")) {
                return;
            }
            throw e;
        }
        boolean upgraded = db.inTransaction(() -> {
            ModuleArtifact current = artifact(v.descriptor().id());
            if (!current.isBundled()) {
                return false;
            }
            String previous = current.getPluginVersion();
            current.replace(v, bytes, null, clock.instant());
            markUpgraded(current.getPluginId(), previous);
            return true;
        });
        if (upgraded) {
            LOG.info(() -> "Upgraded bundled module " + v.descriptor().id() + " to " + v.descriptor().version());
        }
    }

    private static boolean hasCode(InvalidInputException e, String code) {
        return e.fieldErrors().stream().anyMatch(f -> code.equals(f.code()));
    }

    // --- reading -------------------------------------------------------------------------------

    public List<ModuleSummary> list(Actor actor) {
        actor.require(Permission.MANAGE_MODULES);
        return db.inTransaction(() -> db.em().createQuery("SELECT a FROM ModuleArtifact a ORDER BY a.pluginId",
                ModuleArtifact.class).getResultList().stream().map(this::summary).toList());
    }

    public ModuleSummary get(Actor actor, String id) {
        actor.require(Permission.MANAGE_MODULES);
        return db.inTransaction(() -> summary(artifact(id)));
    }

    /**
     * Checks an upload without installing it: what it is, its SHA-256, whether it would be an install or an
     * upgrade. Refusals are the same as installing it would give.
     */
    public Verification verify(Actor actor, String fileName, byte[] bytes, Optional<String> signature) {
        actor.require(Permission.MANAGE_MODULES);
        Map<String, Installed> installed = installed();
        VerifiedArtifact probe = verifier.verify(fileName, bytes, signature, Map.of(), Purpose.INSTALL);
        Installed current = installed.get(probe.descriptor().id());
        Purpose purpose = current == null ? Purpose.INSTALL : Purpose.UPGRADE;
        VerifiedArtifact v = verifier.verify(fileName, bytes, signature, installed, purpose);
        return new Verification(v, purpose == Purpose.UPGRADE ? current.version() : null);
    }

    /** A verified upload and, when a version of it is installed, that version (the upload would upgrade it). */
    public record Verification(VerifiedArtifact artifact, String upgradesVersion) {
    }

    // --- changing ------------------------------------------------------------------------------

    public synchronized ModuleSummary install(Actor actor, String fileName, byte[] bytes, Optional<String> signature) {
        actor.require(Permission.MANAGE_MODULES);
        VerifiedArtifact v = verifier.verify(fileName, bytes, signature, installed(), Purpose.INSTALL);
        String id = v.descriptor().id();
        db.inTransaction(() -> {
            ModuleArtifact artifact = new ModuleArtifact(v, bytes, false, actor.username(), clock.instant());
            db.em().persist(artifact);
            db.em().flush();
            audit.record(actor, "module", artifact.getId(), null, "module.installed",
                    id + " " + v.descriptor().version() + " sha256 " + v.sha256());
        });
        converge();
        events.publish(ModuleEvents.PLATFORM, "platform.module-installed", Map.of("module", id, "version", v.descriptor().version()));
        return db.inTransaction(() -> summary(artifact(id)));
    }

    public synchronized ModuleSummary upgrade(Actor actor, String id, String fileName, byte[] bytes, Optional<String> signature) {
        actor.require(Permission.MANAGE_MODULES);
        db.inTransaction(() -> artifact(id));
        VerifiedArtifact v = verifier.verify(fileName, bytes, signature, installed(), Purpose.UPGRADE);
        if (!v.descriptor().id().equals(id)) {
            throw InvalidInputException.of("file", "module.idMismatch", "The file is module '" + v.descriptor().id()
                    + "', not '" + id + "'");
        }
        String from = db.inTransaction(() -> {
            ModuleArtifact artifact = artifact(id);
            String old = artifact.getPluginVersion();
            artifact.replace(v, bytes, actor.username(), clock.instant());
            markUpgraded(id, old);
            audit.record(actor, "module", artifact.getId(), null, "module.upgraded",
                    id + " " + old + " -> " + v.descriptor().version() + " sha256 " + v.sha256());
            return old;
        });
        host.retry(id);
        converge();
        events.publish(ModuleEvents.PLATFORM, "platform.module-upgraded",
                Map.of("module", id, "version", v.descriptor().version(), "previousVersion", from));
        return db.inTransaction(() -> summary(artifact(id)));
    }

    public synchronized ModuleSummary enable(Actor actor, String id) {
        return setEnabled(actor, id, true);
    }

    public synchronized ModuleSummary disable(Actor actor, String id) {
        return setEnabled(actor, id, false);
    }

    private ModuleSummary setEnabled(Actor actor, String id, boolean enabled) {
        actor.require(Permission.MANAGE_MODULES);
        db.inTransaction(() -> {
            ModuleArtifact artifact = artifact(id);
            if (artifact.isEnabled() != enabled) {
                artifact.setEnabled(enabled, clock.instant());
                audit.record(actor, "module", artifact.getId(), null, enabled ? "module.enabled" : "module.disabled", id);
            }
        });
        host.retry(id);
        converge();
        events.publish(ModuleEvents.PLATFORM, enabled ? "platform.module-enabled" : "platform.module-disabled",
                Map.of("module", id));
        return db.inTransaction(() -> summary(artifact(id)));
    }

    /**
     * Removes a module. Refused while installed modules need it. Its data (documents, files, schedules, the grants
     * of its permissions) is kept unless {@code purge}, which must be confirmed by repeating the module's id in
     * {@code confirmation}. With {@code purge}, a module that was uninstalled earlier with its data kept has that
     * data deleted now (404 when nothing is kept).
     */
    public synchronized void uninstall(Actor actor, String id, boolean purge, String confirmation) {
        actor.require(Permission.MANAGE_MODULES);
        if (purge && !id.equals(confirmation)) {
            throw InvalidInputException.of("confirm", "module.confirmPurge",
                    "Deleting the module's data cannot be undone: confirm by giving its id '" + id + "'");
        }
        if (purge && db.inTransaction(() -> installedArtifact(id).isEmpty())) {
            purgeData(actor, id, 0, true);
            return;
        }
        long artifactId = db.inTransaction(() -> {
            ModuleArtifact artifact = artifact(id);
            List<String> dependents = dependents(id, true);
            if (!dependents.isEmpty()) {
                throw new ConflictException("module.hasDependents", "Module '" + id + "' is needed by "
                        + String.join(", ", dependents) + ": uninstall those first", null);
            }
            // The grants go in this transaction, so the audit entry says exactly what was removed.
            int removedGrants = purge ? grants.purge(id) : 0;
            audit.record(actor, "module", artifact.getId(), null, "module.uninstalled",
                    id + " " + artifact.getPluginVersion() + (purge ? ", data purged, " + removedGrants
                            + (removedGrants == 1 ? " permission grant" : " permission grants") + " removed" : ", data kept"));
            db.em().remove(artifact);
            return artifact.getId();
        });
        grants.changed();
        converge();
        if (purge) {
            purgeData(actor, id, artifactId, false);
        }
        events.publish(ModuleEvents.PLATFORM, "platform.module-uninstalled", Map.of("module", id, "purged", String.valueOf(purge)));
    }

    /** The data that uninstalled modules left (administrators): modules with stored documents or files, not installed. */
    public List<KeptData> keptData(Actor actor) {
        actor.require(Permission.MANAGE_MODULES);
        return db.inTransaction(() -> {
            Map<String, long[]> kept = new java.util.TreeMap<>();
            for (Object[] row : notInstalled("SELECT d.pluginId, COUNT(d) FROM ModuleDocument d")) {
                kept.computeIfAbsent((String) row[0], k -> new long[2])[0] = ((Number) row[1]).longValue();
            }
            for (Object[] row : notInstalled("SELECT f.pluginId, COUNT(f) FROM ModuleFile f")) {
                kept.computeIfAbsent((String) row[0], k -> new long[2])[1] = ((Number) row[1]).longValue();
            }
            return kept.entrySet().stream().map(e -> new KeptData(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        });
    }

    private List<Object[]> notInstalled(String countsPerModule) {
        String alias = countsPerModule.substring(countsPerModule.lastIndexOf(' ') + 1);
        return db.em().createQuery(countsPerModule + " WHERE " + alias + ".pluginId NOT IN (SELECT a.pluginId FROM "
                + "ModuleArtifact a) GROUP BY " + alias + ".pluginId", Object[].class).getResultList();
    }

    /** What an uninstalled module left in the database: its documents (with their history) and its files. */
    public record KeptData(String id, long documents, long files) {
    }

    /**
     * Deletes the documents (with their history) and files of a module that is not installed (any more), audited in
     * the same transaction; its search entries left the index when it stopped. {@code artifactId} is the audit's
     * subject: the artifact just removed, or 0 when it was removed earlier (the module's id is in the details).
     * With {@code mustExist}, finding nothing kept is a 404.
     */
    private void purgeData(Actor actor, String id, long artifactId, boolean mustExist) {
        int[] purged = db.inTransaction(() -> {
            if (installedArtifact(id).isPresent()) { // installed again meanwhile (on another node): its data is in use
                throw new ConflictException("module.installed", "Module '" + id
                        + "' is installed: uninstall it with purge=true to delete its data", null);
            }
            int documents = ModuleDocuments.purge(db, id);
            int files = ModuleFileStore.purge(db, id);
            ModuleScheduler.purge(db, id);
            ModuleSettingStore.purge(db, id);
            grants.purge(id); // kept by an earlier uninstall without purge
            if (mustExist && documents == 0 && files == 0) {
                throw NotFoundException.because("module.nothingKept", "Module '" + id
                        + "' is not installed and kept no data");
            }
            audit.record(actor, "module", artifactId, null, "module.purged",
                    id + ": " + documents + " document(s) and " + files + " file(s) deleted");
            return new int[]{documents, files};
        });
        grants.changed();
        LOG.info(() -> "Purged " + purged[0] + " document(s) and " + purged[1] + " file(s) of module " + id);
    }

    // --- the stored set ------------------------------------------------------------------------

    /** Makes this node run the stored set (also what another node would call after a change elsewhere). */
    public synchronized void converge() {
        host.converge(stored());
    }

    /** The installed set without the archives' bytes (fetched only for a module the host has to load). */
    private List<StoredModule> stored() {
        return db.inTransaction(() -> db.em().createQuery("SELECT a.pluginId, a.pluginVersion, a.requires, a.dependencies, "
                        + "a.pluginClass, a.description, a.provider, a.license, a.packaging, a.sha256, a.enabled "
                        + "FROM ModuleArtifact a ORDER BY a.installedAt, a.pluginId", Object[].class)
                .getResultList().stream().map(row -> {
                    String id = (String) row[0];
                    String sha = (String) row[9];
                    ModuleDescriptor d = ModuleDescriptor.of(id, (String) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (String) row[5], (String) row[6], (String) row[7]);
                    return new StoredModule(d, ArtifactPackaging.valueOf((String) row[8]), sha, (Boolean) row[10],
                            () -> content(id, sha));
                }).toList());
    }

    private byte[] content(String id, String sha256) {
        byte[] bytes = db.inTransaction(() -> db.em().createQuery(
                "SELECT a.content FROM ModuleArtifact a WHERE a.pluginId = :id", byte[].class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
        if (bytes == null || !ArtifactVerifier.sha256(bytes).equals(sha256)) {
            throw new IllegalStateException("the stored artifact changed while it was being loaded");
        }
        return bytes;
    }

    private Map<String, Installed> installed() {
        Map<String, Installed> installed = new LinkedHashMap<>();
        for (StoredModule s : stored()) {
            installed.put(s.id(), new Installed(s.id(), s.descriptor().version(), s.descriptor().dependencies()));
        }
        return installed;
    }

    private ModuleArtifact artifact(String id) {
        return installedArtifact(id).orElseThrow(() -> new NotFoundException("Module", id));
    }

    private Optional<ModuleArtifact> installedArtifact(String id) {
        return db.em().createQuery("SELECT a FROM ModuleArtifact a WHERE a.pluginId = :id", ModuleArtifact.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private List<String> dependents(String id, boolean requiredOnly) {
        List<String> dependents = new ArrayList<>();
        for (ModuleArtifact other : db.em().createQuery("SELECT a FROM ModuleArtifact a ORDER BY a.pluginId",
                ModuleArtifact.class).getResultList()) {
            if (other.descriptor().dependencies().stream()
                    .anyMatch(d -> d.id().equals(id) && (!requiredOnly || !d.optional()))) {
                dependents.add(other.getPluginId());
            }
        }
        return dependents;
    }

    private ModuleSummary summary(ModuleArtifact a) {
        ModuleDescriptor d = a.descriptor();
        ModuleHost.Status status = host.status(a.getPluginId(), a.isEnabled());
        List<String> contributions = host.running(a.getPluginId()).map(RunningModule::contributions).orElse(List.of());
        long documents = db.em().createQuery("SELECT COUNT(d) FROM ModuleDocument d WHERE d.pluginId = :m", Long.class)
                .setParameter("m", a.getPluginId()).getSingleResult();
        return new ModuleSummary(a.getPluginId(), a.getPluginVersion(), d.description(), d.provider(), d.license(),
                d.requires(), status.state(), status.reason(), a.isEnabled(), a.isBundled(), d.dependencies(),
                dependents(a.getPluginId(), false), contributions, a.getSha256(), a.getSizeBytes(), a.getFileName(),
                a.getInstalledAt(), a.getUpdatedAt(), a.getInstalledBy(), documents, a.getVersion());
    }

    /**
     * Follows changes made on other nodes: converges on the stored set every {@code period} (a no-op when
     * nothing changed). Called once at platform start; a change on this node converges at once anyway.
     */
    public void followOtherNodes(java.time.Duration period) {
        if (follower != null) {
            return;
        }
        follower = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clus3-module-follower");
            t.setDaemon(true);
            t.setContextClassLoader(null);
            return t;
        });
        follower.scheduleWithFixedDelay(() -> {
            try {
                converge();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Converging on the stored modules failed; retrying later", e);
            }
            apiDocument.reconcile();
        }, period.toMillis(), period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        // The server builds its API document when first asked, maybe after the bundled modules started: look soon.
        follower.schedule(apiDocument::reconcile, 5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @PreDestroy
    void close() {
        if (host == null) {
            return;
        }
        if (follower != null) {
            follower.shutdownNow();
        }
        try {
            events.close();
            host.close();
            scheduler.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Modules did not stop cleanly", e);
        }
    }

    /** For tests: the host's view of one module. */
    ModuleHost.Status status(String id) {
        return db.inTransaction(() -> host.status(id, artifact(id).isEnabled()));
    }
}
