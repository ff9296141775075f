package eu.clus3.core.modules;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps the running modules' endpoints in the server's API document ({@code /openapi}) without a restart: added when a
 * module starts, taken out when it stops ({@link ModuleApiDocument}). Payara Micro builds the document once, from
 * the deployed application's annotations, and serves that one object from then on
 * ({@code fish.payara.microprofile.openapi.impl.OpenApiService}); it offers no public way to change it, so this is the
 * one place that reaches it, by reflection. Outside Payara (tests) there is no document and nothing happens.
 * {@link #reconcile} repairs the document when it was built after a module started or rebuilt by the server; the
 * module follower calls it on every round.
 */
final class ModuleOpenApi implements ModuleMount {

    private static final Logger LOG = Logger.getLogger(ModuleOpenApi.class.getName());
    private static final String SERVICE = "fish.payara.microprofile.openapi.impl.OpenApiService";

    private final Supplier<List<RunningModule>> running;
    private volatile boolean warned;

    ModuleOpenApi(Supplier<List<RunningModule>> running) {
        this.running = running;
    }

    @Override
    public void started(RunningModule module) {
        document().ifPresent(doc -> add(doc, module));
    }

    @Override
    public void stopping(RunningModule module) {
        document().ifPresent(doc -> {
            synchronized (doc) {
                ModuleApiDocument.remove(doc, module.id());
            }
        });
    }

    /** Brings the document in line with the running modules (each module's tag marks its presence). */
    void reconcile() {
        document().ifPresent(doc -> {
            List<RunningModule> modules = running.get();
            Set<String> present;
            synchronized (doc) {
                present = doc.getTags() == null ? Set.of() : doc.getTags().stream().map(Tag::getName)
                        .collect(Collectors.toSet());
            }
            Set<String> wanted = modules.stream().map(m -> ModuleApiDocument.tag(m.id())).collect(Collectors.toSet());
            for (RunningModule m : modules) {
                if (!present.contains(ModuleApiDocument.tag(m.id()))) {
                    add(doc, m);
                }
            }
            for (String tag : present) {
                if (tag.startsWith(ModuleApiDocument.tag("")) && !wanted.contains(tag)) {
                    synchronized (doc) {
                        ModuleApiDocument.remove(doc, tag.substring(ModuleApiDocument.tag("").length()));
                    }
                }
            }
        });
    }

    private void add(OpenAPI doc, RunningModule module) {
        try {
            List<ModuleOperation> operations = ModuleEndpointModels.operations(module);
            synchronized (doc) {
                ModuleApiDocument.add(doc, module.id(), "The " + module.id() + " module's API (version " + module.version()
                        + "), present while the module runs", operations);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Module " + module.id() + "'s endpoints could not be described in the API document", e);
        }
    }

    /** The server's live API document, when this server has one and it is built. */
    private Optional<OpenAPI> document() {
        try {
            Class<?> service = Class.forName(SERVICE, true, OpenAPI.class.getClassLoader());
            Object instance = service.getMethod("getInstance").invoke(null);
            return instance == null ? Optional.empty()
                    : Optional.ofNullable((OpenAPI) service.getMethod("getDocument").invoke(instance));
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return Optional.empty(); // not on Payara: no document to keep
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "The server's API document cannot be reached: modules' endpoints are left out of"
                        + " /openapi (a Payara upgrade may have changed its OpenAPI service)", e);
            }
            return Optional.empty();
        }
    }
}
