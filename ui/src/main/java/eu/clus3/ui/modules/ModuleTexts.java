package eu.clus3.ui.modules;

import com.vaadin.flow.component.Component;
import eu.clus3.core.modules.ModuleService;
import eu.clus3.core.modules.RunningModule;
import eu.clus3.plugin.api.ModuleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words of running modules that the platform's frame shows: a module page's title and a module's refusals,
 * each from the module's own bundles ({@code ModuleContext.message}).
 */
@ApplicationScoped
public class ModuleTexts {

    @Inject
    ModuleRoutes routes;
    @Inject
    ModuleService modules;

    /**
     * The title of a mounted module view: its {@link ModuleView#titleKey()}, else its navigation label, else the
     * module's name (the label of its first navigation entry, else its id); empty for anything but a module view.
     */
    public Optional<String> title(Component view, Locale locale) {
        Optional<ModuleRoutes.MountedView> mounted = routes.mountedView(view.getClass());
        Optional<RunningModule> module = routes.moduleOf(view.getClass());
        if (mounted.isEmpty() || module.isEmpty()) {
            return Optional.empty();
        }
        ModuleView shown = mounted.get().view();
        String name = routes.mountedViews().stream()
                .filter(m -> m.moduleId().equals(module.get().id()) && m.view().labelKey() != null)
                .min(Comparator.comparingInt(m -> m.view().order()))
                .map(m -> m.view().labelKey()).orElse(null);
        return Optional.of(Stream.of(shown.titleKey(), shown.labelKey(), name)
                .filter(Objects::nonNull)
                .map(key -> message(module.get(), locale, key))
                .flatMap(Optional::stream)
                .findFirst().orElse(module.get().id()));
    }

    /**
     * A key of a module's refusal (its code, or a refused field's) in the words of the module that raised it, when
     * it is one of that module's keys.
     */
    public Optional<String> message(Throwable problem, String key, Locale locale, Object... arguments) {
        return raisedBy(problem, key).stream()
                .map(m -> message(m, locale, key, arguments))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The running modules that may have raised a problem, most likely first: the one that defined its class (a
     * module's own subclass), those whose code is on its stack (innermost first), those whose id starts the key
     * ({@code benchmarking.x}). The plugin API's own class tells nothing: it is the platform's.
     */
    private List<RunningModule> raisedBy(Throwable problem, String key) {
        List<RunningModule> running = modules.host().runningModules();
        Set<RunningModule> found = new LinkedHashSet<>();
        routes.moduleOf(problem.getClass()).ifPresent(found::add);
        for (StackTraceElement frame : problem.getStackTrace()) {
            for (RunningModule m : running) {
                if (!found.contains(m) && defines(m.classLoader(), frame.getClassName())) {
                    found.add(m);
                }
            }
        }
        running.stream().filter(m -> key.startsWith(m.id() + ".")).forEach(found::add);
        return new ArrayList<>(found);
    }

    private static boolean defines(ClassLoader loader, String className) {
        try {
            return Class.forName(className, false, loader).getClassLoader() == loader;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Optional<String> message(RunningModule module, Locale locale, String key, Object... arguments) {
        String text = module.context().message(locale, key, arguments);
        return text == null || text.startsWith("!") ? Optional.empty() : Optional.of(text);
    }
}
