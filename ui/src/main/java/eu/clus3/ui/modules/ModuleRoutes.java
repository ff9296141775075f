package eu.clus3.ui.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ComponentMapping;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import eu.clus3.core.modules.ModuleMount;
import eu.clus3.core.modules.ModuleService;
import eu.clus3.core.modules.RunningModule;
import eu.clus3.plugin.api.ModuleView;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mounts running modules' views at {@code modules/<id>/<path>} in the application's route registry (the one
 * of the {@link VaadinContext} captured at start, so installs from REST work too) and unmounts them when a
 * module stops: routes removed, the module's components taken out of every open UI at once (see
 * {@link #release}), Vaadin's caches of its classes cleared (../shared/STACK.md, "Unloading a module whose view
 * was shown").
 */
@ApplicationScoped
public class ModuleRoutes implements ModuleMount {

    private static final Logger LOG = Logger.getLogger(ModuleRoutes.class.getName());
    static final String PREFIX = "modules/";

    /** A mounted view: its module, address and permission. */
    public record MountedView(String moduleId, String route, ModuleView view) {
    }

    @Inject
    ModuleService modules;
    @Inject
    SignedInUser signedIn;

    private volatile VaadinContext context;
    private volatile VaadinService service;
    private final Map<Class<?>, MountedView> mounted = new ConcurrentHashMap<>();
    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void onServiceInit(@Observes ServiceInitEvent event) {
        context = event.getSource().getContext();
        service = event.getSource();
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            uis.add(ui);
            ui.addDetachListener(d -> uis.remove(ui));
        });
        modules.caller().addSource(signedIn::get);
        modules.host().addMount(this);
        event.getSource().addServiceDestroyListener(e -> modules.host().removeMount(this));
    }

    @Override
    public void started(RunningModule module) {
        if (context == null) {
            return;
        }
        RouteConfiguration routes = routes();
        for (var contributor : module.views()) {
            for (ModuleView view : contributor.views()) {
                String route = route(module.id(), view.path());
                routes.setRoute(route, view.view(), MainLayout.class);
                mounted.put(view.view(), new MountedView(module.id(), route, view));
            }
        }
    }

    @Override
    public void stopping(RunningModule module) {
        if (context == null) {
            return;
        }
        RouteConfiguration routes = routes();
        mounted.values().removeIf(m -> {
            if (m.moduleId().equals(module.id())) {
                // by class: a view taking a URL parameter is registered under a template ("…/:___url_parameter")
                // that removing the plain path leaves behind, and with it the module's class loader
                routes.removeRoute(m.view().view());
                routes.removeRoute(m.route());
                return true;
            }
            return false;
        });
        ClassLoader loader = module.classLoader();
        List<UI> open;
        synchronized (uis) {
            open = List.copyOf(uis);
        }
        List<Future<Void>> releases = new ArrayList<>();
        for (UI ui : open) {
            try {
                VaadinSession session = ui.getSession();
                if (session != null && session.hasLock()) {
                    // this thread serves that session (an uninstall from the Modules page): queued, it would run too late
                    ui.accessSynchronously(() -> release(ui, loader));
                } else if (session != null) {
                    releases.add(ui.access(() -> release(ui, loader)));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A UI could not be moved away from module " + module.id(), e);
            }
        }
        // Each runs at once unless a request holds that session; its detach listeners must not refill the caches after them.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Future<Void> release : releases) {
            try {
                release.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.FINE, "A UI was not released from module " + module.id() + " in time", e);
            }
        }
        VaadinCaches.forget(loader, service);
    }

    /**
     * Takes a stopping module's components out of one UI (called with its session locked). A tab whose push connection
     * is open is sent home (a module view) or loses the module's parts (a panel, a card on a core page), and push shows
     * it at once. A tab without a connection (its browser went away, or was never heard from again) is closed: the
     * changes it would be sent wait in its state tree, holding the module's components until a request that may never
     * come (found by ModulesIT's leak check); should the browser come back, Vaadin tells it to reload the page.
     */
    private static void release(UI ui, ClassLoader loader) {
        List<Element> parts = outermostComponentsOf(ui, loader);
        if (parts.isEmpty()) {
            return;
        }
        PushConnection push = ui.getInternals().getPushConnection();
        if (push == null || !push.isConnected()) {
            ui.getSession().removeUI(ui);
        } else if (showsModule(ui, loader)) {
            ui.navigate("");
        } else {
            parts.forEach(Element::removeFromTree);
        }
    }

    /** The UI's components whose class the module defined, without those inside another one of them. */
    private static List<Element> outermostComponentsOf(UI ui, ClassLoader loader) {
        List<Element> found = new ArrayList<>();
        ui.getElement().getNode().visitNodeTree(node -> {
            Optional<Component> c = node.hasFeature(ComponentMapping.class) ? ComponentMapping.getComponent(node)
                    : Optional.empty();
            if (c.isPresent() && c.get().getClass().getClassLoader() == loader
                    && found.stream().noneMatch(outer -> isInside(node, outer.getNode()))) {
                found.add(c.get().getElement());
            }
        });
        return found;
    }

    private static boolean isInside(StateNode node, StateNode ancestor) {
        for (StateNode n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean showsModule(UI ui, ClassLoader loader) {
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(c -> c.getClass().getClassLoader() == loader);
    }

    private RouteConfiguration routes() {
        return RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context));
    }

    static String route(String moduleId, String path) {
        String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return PREFIX + moduleId + (p.isEmpty() ? "" : "/" + p);
    }

    /** The mounted view of this class, if it is one. */
    public Optional<MountedView> mountedView(Class<?> viewClass) {
        return Optional.ofNullable(mounted.get(viewClass));
    }

    /** Every mounted view, for the navigation. */
    public List<MountedView> mountedViews() {
        return List.copyOf(mounted.values());
    }

    /** The running module a class belongs to (by its class loader). */
    public Optional<RunningModule> moduleOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (!(loader instanceof org.pf4j.PluginClassLoader)) {
            return Optional.empty();
        }
        return modules.host().runningModules().stream().filter(m -> m.classLoader() == loader).findFirst();
    }

    /** Whether the class comes from a module (running or not). */
    static boolean isModuleClass(Class<?> type) {
        return type.getClassLoader() instanceof org.pf4j.PluginClassLoader;
    }

    /** For the "Modules" page: a module's main address when it has a view there. */
    public Optional<String> mainRoute(String moduleId) {
        return mounted.values().stream().filter(m -> m.moduleId().equals(moduleId)).map(MountedView::route)
                .min(java.util.Comparator.comparingInt(String::length));
    }
}
