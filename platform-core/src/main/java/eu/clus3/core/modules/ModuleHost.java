package eu.clus3.core.modules;

import eu.clus3.core.modules.ModuleDescriptor.ModuleDependency;
import eu.clus3.plugin.api.ClusterPanelContributor;
import eu.clus3.plugin.api.DashboardWidgetContributor;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleEventListener;
import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.ModulePlugin;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.PermissionContributor;
import eu.clus3.plugin.api.PluginApi;
import eu.clus3.plugin.api.RestEndpoint;
import eu.clus3.plugin.api.SearchEntrySource;
import eu.clus3.plugin.api.ViewContributor;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs the installed modules with PF4J, converging on the stored set: {@link #converge} loads and starts
 * what should run, and stops and unloads what should not (any more), dependents first. An upgraded
 * module's dependents are restarted with it, since their class loaders see the old one.
 *
 * <p>A module that fails — cannot be loaded, throws while starting, hangs longer than the start timeout,
 * or its extensions cannot be created — is stopped, unloaded and marked failed with the reason; nothing
 * else is affected, and it is not tried again until its artifact changes or it is enabled again.
 *
 * <p>The plugin directory is only a cache of the database: it is emptied when the host starts.
 */
public final class ModuleHost implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModuleHost.class.getName());

    /** Creates the context a module gets; called once per start. */
    @FunctionalInterface
    public interface ContextFactory {
        ModuleContext create(String moduleId, String version, ClassLoader classLoader);
    }

    /** A module this node unloaded, and its class loader while something still holds it. */
    public record UnloadedModule(String id, String version, java.time.Instant at,
                                 java.lang.ref.WeakReference<ClassLoader> classLoader) {
        public boolean collected() {
            return classLoader.get() == null;
        }
    }

    /** A module's state on this node, with the reason when it is not running. */
    public record Status(ModuleState state, String reason) {
    }

    private record Loaded(String sha256, Path path) {
    }

    private record Failure(String sha256, String reason) {
    }

    private final Path pluginDir;
    private final ContextFactory contexts;
    private final int startTimeoutSeconds;
    private final HostPluginManager pf4j;
    private final Map<String, Loaded> loaded = new LinkedHashMap<>();
    private final Map<String, RunningModule> running = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, String> waiting = new ConcurrentHashMap<>();
    private final Map<String, ModuleContext> startingContexts = new ConcurrentHashMap<>();
    private final List<ModuleMount> mounts = new CopyOnWriteArrayList<>();
    /** The class loaders of the last unloaded modules, weakly: whether they were collected says if anything leaks. */
    private final java.util.Deque<UnloadedModule> unloaded = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int UNLOADED_KEPT = 200;
    private final ExecutorService starter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "clus3-module-start");
        t.setDaemon(true);
        t.setContextClassLoader(null);
        return t;
    });

    /** Claims a module's upgrade hook: the version it was upgraded from, to one node once ({@code ModulePlugin.upgraded}). */
    public interface UpgradeClaims {
        Optional<String> claim(String moduleId, String version);
    }

    /** Gives a claim back after the hook failed, so that the next start runs it again. */
    public interface UpgradeRelease {
        void release(String moduleId, String version, String previousVersion);
    }

    private volatile UpgradeClaims upgradeClaims = (id, version) -> Optional.empty();
    private volatile UpgradeRelease upgradeRelease = (id, version, previous) -> { };

    /** Where upgrade hooks are claimed (the database, shared by every node). */
    public void onUpgrade(UpgradeClaims claims, UpgradeRelease release) {
        this.upgradeClaims = claims;
        this.upgradeRelease = release;
    }

    public ModuleHost(Path pluginDir, ContextFactory contexts, int startTimeoutSeconds) {
        this.pluginDir = pluginDir;
        this.contexts = contexts;
        this.startTimeoutSeconds = startTimeoutSeconds;
        try {
            Files.createDirectories(pluginDir);
            try (Stream<Path> old = Files.list(pluginDir)) {
                old.forEach(ModuleHost::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the plugin directory " + pluginDir, e);
        }
        this.pf4j = new HostPluginManager(pluginDir);
    }

    public void addMount(ModuleMount mount) {
        mounts.add(mount);
        // A mount that arrives late (the UI starts after the first install) still sees what runs.
        synchronized (this) {
            for (RunningModule m : running.values()) {
                try {
                    mount.started(m);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Mounting module " + m.id() + " failed", e);
                }
            }
        }
    }

    public void removeMount(ModuleMount mount) {
        mounts.remove(mount);
    }

    // --- what runs --------------------------------------------------------------------------------

    public Optional<RunningModule> running(String id) {
        return Optional.ofNullable(running.get(id));
    }

    /** The running modules, in start order. */
    public List<RunningModule> runningModules() {
        synchronized (this) {
            return loaded.keySet().stream().map(running::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    public Status status(String id, boolean enabled) {
        if (running.containsKey(id)) {
            return new Status(ModuleState.STARTED, null);
        }
        Failure f = failures.get(id);
        if (f != null) {
            return new Status(ModuleState.FAILED, f.reason());
        }
        if (!enabled) {
            return new Status(ModuleState.STOPPED, "disabled");
        }
        return new Status(ModuleState.WAITING, waiting.getOrDefault(id, "not started yet"));
    }

    /** The modules unloaded on this node (newest first, at most 200), for the leak check. */
    public List<UnloadedModule> unloadedModules() {
        return List.copyOf(unloaded);
    }

    /** Forgets a failure, so that the next {@link #converge} tries the module again (an administrator enabled it). */
    public void retry(String id) {
        failures.remove(id);
    }

    // --- converging on the stored set ----------------------------------------------------------

    /** Makes this node run exactly the enabled, startable modules of {@code stored}. */
    public synchronized void converge(List<StoredModule> stored) {
        Map<String, StoredModule> byId = new LinkedHashMap<>();
        stored.forEach(s -> byId.put(s.id(), s));
        failures.keySet().removeIf(id -> !byId.containsKey(id) || !byId.get(id).sha256().equals(failures.get(id).sha256()));

        Set<String> desired = desired(byId);
        Set<String> unload = new LinkedHashSet<>();
        for (Map.Entry<String, Loaded> e : loaded.entrySet()) {
            StoredModule s = byId.get(e.getKey());
            if (s == null || !desired.contains(e.getKey()) || !s.sha256().equals(e.getValue().sha256())) {
                unload.add(e.getKey());
            }
        }
        Set<String> toLoad = new LinkedHashSet<>(desired);
        toLoad.removeAll(loaded.keySet());
        // Dependents of anything that goes, changes or arrives are restarted: their class loaders must see the new set.
        Set<String> touched = new LinkedHashSet<>(unload);
        touched.addAll(toLoad);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String id : loaded.keySet()) {
                if (!unload.contains(id) && dependsOnAny(byId.get(id), touched)) {
                    unload.add(id);
                    touched.add(id);
                    grew = true;
                }
            }
        }
        List<String> stopOrder = new ArrayList<>(dependencyOrder(unload, byId));
        java.util.Collections.reverse(stopOrder);
        stopOrder.forEach(this::stopAndUnload);

        for (String id : dependencyOrder(desired, byId)) {
            if (!loaded.containsKey(id) && requiredRunning(byId.get(id))) {
                loadAndStart(byId.get(id));
            }
        }
        waiting.clear();
        for (StoredModule s : byId.values()) {
            if (s.enabled() && !running.containsKey(s.id()) && !failures.containsKey(s.id())) {
                waiting.put(s.id(), s.descriptor().dependencies().stream()
                        .filter(d -> !d.optional() && !running.containsKey(d.id()))
                        .map(d -> "needs module '" + d.id() + "', which is not running")
                        .findFirst().orElse("not started"));
            }
        }
    }

    /** Enabled, not failed in this version, and every required dependency desired too. */
    private Set<String> desired(Map<String, StoredModule> byId) {
        Set<String> desired = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (StoredModule s : byId.values()) {
                if (desired.contains(s.id()) || !s.enabled() || failures.containsKey(s.id())) {
                    continue;
                }
                if (s.descriptor().dependencies().stream().filter(d -> !d.optional()).allMatch(d -> desired.contains(d.id()))) {
                    desired.add(s.id());
                    grew = true;
                }
            }
        }
        return desired;
    }

    private boolean requiredRunning(StoredModule s) {
        return s.descriptor().dependencies().stream().filter(d -> !d.optional()).allMatch(d -> running.containsKey(d.id()));
    }

    private static boolean dependsOnAny(StoredModule s, Set<String> ids) {
        return s != null && s.descriptor().dependencies().stream().map(ModuleDependency::id).anyMatch(ids::contains);
    }

    /** Dependencies before dependents. */
    private static List<String> dependencyOrder(Set<String> ids, Map<String, StoredModule> byId) {
        Map<String, Integer> depth = new HashMap<>();
        for (String id : ids) {
            depth(id, byId, depth, new LinkedHashSet<>());
        }
        return ids.stream().sorted(Comparator.comparingInt((String id) -> depth.getOrDefault(id, 0))).toList();
    }

    private static int depth(String id, Map<String, StoredModule> byId, Map<String, Integer> depth, Set<String> path) {
        Integer known = depth.get(id);
        if (known != null) {
            return known;
        }
        StoredModule s = byId.get(id);
        if (s == null || !path.add(id)) {
            return 0;
        }
        int d = 0;
        for (ModuleDependency dep : s.descriptor().dependencies()) {
            d = Math.max(d, depth(dep.id(), byId, depth, path) + 1);
        }
        path.remove(id);
        depth.put(id, d);
        return d;
    }

    // --- one module ----------------------------------------------------------------------------

    private void loadAndStart(StoredModule s) {
        String id = s.id();
        long started = System.nanoTime();
        Path path;
        try {
            path = materialise(s);
        } catch (RuntimeException e) {
            fail(s, "cannot be unpacked: " + reason(e));
            return;
        }
        try {
            String loadedId = pf4j.loadPlugin(path);
            if (!id.equals(loadedId)) {
                throw new IllegalStateException("the archive says it is '" + loadedId + "'");
            }
        } catch (RuntimeException e) {
            deleteQuietly(path);
            fail(s, "cannot be loaded: " + reason(e));
            return;
        }
        loaded.put(id, new Loaded(s.sha256(), path));
        PluginWrapper wrapper = pf4j.getPlugin(id);
        ClassLoader loader = wrapper.getPluginClassLoader();
        ModuleContext context = contexts.create(id, s.descriptor().version(), loader);
        List<ModuleSetting> settings;
        try {
            settings = declaredSettings(id, loader, context);
        } catch (RuntimeException e) {
            fail(s, "its settings cannot be declared: " + reason(e));
            return;
        }
        if (context instanceof HostedModuleContext hosted) {
            hosted.declareSettings(settings);
        }
        startingContexts.put(id, context);
        try {
            String version = s.descriptor().version();
            Future<PluginState> start = starter.submit(() -> withContextClassLoader(loader, () -> {
                upgradeHook(id, version, wrapper);
                return pf4j.startPlugin(id);
            }));
            PluginState state = start.get(startTimeoutSeconds, TimeUnit.SECONDS);
            if (state != PluginState.STARTED) {
                Throwable cause = wrapper.getFailedException();
                throw new IllegalStateException(cause != null ? reason(cause) : "PF4J left it " + state);
            }
        } catch (TimeoutException e) {
            fail(s, "did not start within " + startTimeoutSeconds + " s (it may hang)");
            return;
        } catch (ExecutionException e) {
            fail(s, "failed to start: " + reason(e.getCause()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(s, "start interrupted");
            return;
        } catch (RuntimeException e) {
            fail(s, "failed to start: " + e.getMessage());
            return;
        } finally {
            startingContexts.remove(id);
        }
        RunningModule module;
        try {
            Object plugin = wrapper.getPlugin();
            ModulePlugin main = plugin instanceof ModulePlugin m ? m : null;
            module = new RunningModule(id, s.descriptor().version(), context, loader, main,
                    extensions(ViewContributor.class, id, context, main), extensions(ClusterPanelContributor.class, id, context, main),
                    extensions(DashboardWidgetContributor.class, id, context, main), extensions(RestEndpoint.class, id, context, main),
                    extensions(SearchEntrySource.class, id, context, main), extensions(ModuleEventListener.class, id, context, main),
                    declaredPermissions(id, extensions(PermissionContributor.class, id, context, main)), settings);
        } catch (RuntimeException e) {
            fail(s, "its extensions cannot be created: " + reason(e));
            return;
        }
        running.put(id, module);
        List<ModuleMount> mounted = new ArrayList<>();
        for (ModuleMount mount : mounts) {
            try {
                mount.started(module);
                mounted.add(mount);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Module " + id + " could not be mounted", e);
                fail(s, "its contributions cannot be mounted: " + reason(e));
                return;
            }
        }
        failures.remove(id);
        LOG.info(() -> "Module " + id + " " + s.descriptor().version() + " started in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Runs the module's upgrade hook before it starts, when this node claims it. */
    private void upgradeHook(String id, String version, PluginWrapper wrapper) {
        if (!(wrapper.getPlugin() instanceof ModulePlugin main)) {
            return;
        }
        Optional<String> previous = upgradeClaims.claim(id, version);
        if (previous.isPresent()) {
            try {
                LOG.info(() -> "Module " + id + " upgraded from " + previous.get() + " to " + version + ": running its upgrade hook");
                main.upgraded(previous.get());
            } catch (RuntimeException | Error e) {
                upgradeRelease.release(id, version, previous.get());
                throw new IllegalStateException("its upgrade from " + previous.get() + " failed: " + reason(e), e);
            }
        }
    }

    private <T> List<T> extensions(Class<T> point, String id, ModuleContext context, ModulePlugin plugin) {
        List<T> created = new ArrayList<>();
        for (Class<? extends T> type : pf4j.getExtensionClasses(point, id)) {
            created.add(instantiate(type, context, plugin));
        }
        return List.copyOf(created);
    }

    /**
     * The module's declared settings, each key once. Read before the module starts — PF4J lists a plugin's extension
     * classes before it starts, but creates them only after — so that its plugin can read settings in its constructor
     * and in {@code start()}; hence a contributor never gets the plugin.
     */
    private List<ModuleSetting> declaredSettings(String id, ClassLoader loader, ModuleContext context) {
        List<Class<?>> types = new ArrayList<>();
        for (String name : pf4j.getExtensionClassNames(id)) {
            try {
                types.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // PF4J skips it too, and says so when it creates the extensions
            }
        }
        return ModuleSettingRules.declared(types, context);
    }

    /** The module's declared permissions: each id its own ({@code <moduleId>.<name>}), each once. */
    private static List<ModulePermission> declaredPermissions(String id, List<PermissionContributor> contributors) {
        Set<ModulePermission> declared = new LinkedHashSet<>();
        for (PermissionContributor contributor : contributors) {
            for (ModulePermission permission : contributor.permissions()) {
                if (!permission.moduleId().equals(id)) {
                    throw new IllegalStateException("it declares the permission '" + permission.id()
                            + "', which does not start with its own id '" + id + ".'");
                }
                declared.add(permission);
            }
        }
        return List.copyOf(declared);
    }

    /**
     * Creates an object of a module class (an extension or, for the UI, a view) with the richest public constructor
     * it has among {@code (ModuleContext, P)}, {@code (P)}, {@code (ModuleContext)} and {@code ()}, where {@code P}
     * is the module's own {@link ModulePlugin} class: so services built once in the plugin reach every extension.
     */
    public static <T> T instantiate(Class<T> type, ModuleContext context, ModulePlugin plugin) {
        try {
            Constructor<?> best = null;
            Object[] arguments = null;
            int bestScore = -1;
            for (Constructor<?> c : type.getConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                Object[] args = null;
                int score = -1;
                if (p.length == 2 && p[0] == ModuleContext.class && accepts(p[1], plugin)) {
                    args = new Object[]{context, plugin};
                    score = 3;
                } else if (p.length == 1 && accepts(p[0], plugin)) {
                    args = new Object[]{plugin};
                    score = 2;
                } else if (p.length == 1 && p[0] == ModuleContext.class) {
                    args = new Object[]{context};
                    score = 1;
                } else if (p.length == 0) {
                    args = new Object[0];
                    score = 0;
                }
                if (score > bestScore) {
                    best = c;
                    arguments = args;
                    bestScore = score;
                }
            }
            if (best == null) {
                throw new NoSuchMethodException("no usable constructor");
            }
            return type.cast(best.newInstance(arguments));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(type.getName() + " cannot be created: " + reason(cause), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a public constructor taking a ModuleContext, the"
                    + " module's plugin class, both, or nothing", e);
        }
    }

    /** Whether a constructor parameter of this type takes the module's plugin (its own subclass, not the base). */
    private static boolean accepts(Class<?> parameter, ModulePlugin plugin) {
        return plugin != null && ModulePlugin.class.isAssignableFrom(parameter) && parameter != ModulePlugin.class
                && parameter.isInstance(plugin);
    }

    private void fail(StoredModule s, String reason) {
        LOG.warning(() -> "Module " + s.id() + " " + s.descriptor().version() + " " + reason);
        stopAndUnload(s.id());
        failures.put(s.id(), new Failure(s.sha256(), reason));
    }

    private void stopAndUnload(String id) {
        RunningModule module = running.remove(id);
        if (module != null) {
            List<ModuleMount> reversed = new ArrayList<>(mounts);
            java.util.Collections.reverse(reversed);
            for (ModuleMount mount : reversed) {
                try {
                    mount.stopping(module);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Unmounting module " + id + " failed", e);
                }
            }
        }
        if (pf4j.getPlugin(id) != null) {
            try {
                if (pf4j.getPlugin(id).getPluginState() == PluginState.STARTED) {
                    ClassLoader loader = pf4j.getPluginClassLoader(id);
                    withContextClassLoader(loader, () -> pf4j.stopPlugin(id));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Module " + id + " failed while stopping", e);
            }
            if (module != null && module.context() instanceof AutoCloseable closeable) {
                try {
                    closeable.close(); // what the platform made for the module (its JSON mapping) goes with it
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Module " + id + "'s context did not close cleanly", e);
                }
            }
            ClassLoader loader = pf4j.getPluginClassLoader(id);
            String version = pf4j.getPlugin(id).getDescriptor().getVersion();
            try {
                pf4j.unloadPlugin(id);
                unloaded.addFirst(new UnloadedModule(id, version, java.time.Instant.now(), new java.lang.ref.WeakReference<>(loader)));
                while (unloaded.size() > UNLOADED_KEPT) {
                    unloaded.pollLast();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Module " + id + " could not be unloaded cleanly", e);
            }
        }
        Loaded files = loaded.remove(id);
        if (files != null) {
            deleteQuietly(files.path());
        }
    }

    @Override
    public synchronized void close() {
        List<String> ids = new ArrayList<>(loaded.keySet());
        java.util.Collections.reverse(ids);
        ids.forEach(this::stopAndUnload);
        starter.shutdownNow();
    }

    // --- files ---------------------------------------------------------------------------------

    /** Writes the artifact into the cache directory: a jar as it is, a zip unpacked (never outside its folder). */
    private Path materialise(StoredModule s) {
        String name = s.id() + "-" + s.sha256().substring(0, 12);
        try {
            if (s.packaging() == ArtifactPackaging.JAR) {
                Path jar = pluginDir.resolve(name + ".jar");
                Path partial = pluginDir.resolve(name + ".part");
                Files.write(partial, s.content().get());
                Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return jar;
            }
            Path dir = pluginDir.resolve(name);
            deleteQuietly(dir);
            Files.createDirectories(dir);
            unzip(s.content().get(), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void unzip(byte[] zip, Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IOException("entry outside the module's folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.fine(() -> "Cannot delete " + p + ": " + e);
                }
            });
        } catch (IOException e) {
            LOG.fine(() -> "Cannot delete " + path + ": " + e);
        }
    }

    // --- small things --------------------------------------------------------------------------

    private static <T> T withContextClassLoader(ClassLoader loader, java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** PF4J as the host uses it: modules always "enabled" (the database says what runs), plugins made with their context. */
    private final class HostPluginManager extends DefaultPluginManager {

        HostPluginManager(Path root) {
            super(root);
            setSystemVersion(PluginApi.VERSION);
        }

        @Override
        public RuntimeMode getRuntimeMode() {
            return RuntimeMode.DEPLOYMENT;
        }

        @Override
        protected PluginStatusProvider createPluginStatusProvider() {
            return new PluginStatusProvider() {
                @Override
                public boolean isPluginDisabled(String pluginId) {
                    return false;
                }

                @Override
                public void disablePlugin(String pluginId) {
                    throw new UnsupportedOperationException("modules are disabled through the platform");
                }

                @Override
                public void enablePlugin(String pluginId) {
                    throw new UnsupportedOperationException("modules are enabled through the platform");
                }
            };
        }

        @Override
        protected PluginFactory createPluginFactory() {
            return new DefaultPluginFactory() {
                @Override
                public Plugin create(PluginWrapper wrapper) {
                    String className = wrapper.getDescriptor().getPluginClass();
                    if (className == null || className.isBlank() || className.equals(Plugin.class.getName())) {
                        return new Plugin();
                    }
                    Class<?> type;
                    try {
                        type = wrapper.getPluginClassLoader().loadClass(className);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException("Plugin-Class " + className + " is not in the module");
                    }
                    if (ModulePlugin.class.isAssignableFrom(type)) {
                        return instantiate(type.asSubclass(ModulePlugin.class),
                                startingContexts.get(wrapper.getPluginId()), null);
                    }
                    return super.create(wrapper);
                }
            };
        }
    }
}
