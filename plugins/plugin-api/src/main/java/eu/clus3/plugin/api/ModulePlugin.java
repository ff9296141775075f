package eu.clus3.plugin.api;

import org.pf4j.Plugin;

/**
 * The optional main class of a module ({@code Plugin-Class} in its descriptor): the one place where a module builds
 * its services, once per start, and acts when it starts or stops.
 *
 * <p><b>Build once.</b> Build the module's services in the constructor and keep them in final fields with
 * accessors. The platform creates the plugin first, then every extension and view, and hands the plugin to any of
 * them whose public constructor takes it — {@code (MyPlugin)}, {@code (ModuleContext, MyPlugin)} — besides
 * {@code (ModuleContext)} and {@code ()}. So the REST endpoint, the views and the search source share one object
 * graph (one cache, one set of rules):
 * <pre>{@code
 * public class TrainingPlugin extends ModulePlugin {
 *     private final Courses courses;
 *     public TrainingPlugin(ModuleContext context) { super(context); courses = new Courses(context); }
 *     public Courses courses() { return courses; }
 * }
 * @Extension public class TrainingApi implements RestEndpoint {
 *     private final Courses courses;
 *     public TrainingApi(TrainingPlugin module) { this.courses = module.courses(); }
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #start()} runs once the module's dependencies have started; an exception thrown there marks
 * the module failed, with that exception as its reason, and the platform keeps running. {@link #stop()}
 * must release everything the module started: threads, timers, open files.
 */
public abstract class ModulePlugin extends Plugin {

    private final ModuleContext context;

    protected ModulePlugin(ModuleContext context) {
        this.context = context;
    }

    /** What the platform gives this module. */
    public ModuleContext context() {
        return context;
    }

    /**
     * Called once when an administrator upgraded the module from {@code previousVersion}, before {@link #start()} and
     * before any extension is created — on one node only, however many run the platform: the place to migrate the
     * module's stored documents to what the new version writes. An exception marks the new version failed (the data
     * keeps whatever the hook had already written, so write migrations that can run again).
     *
     * @since 1.4.0
     */
    public void upgraded(String previousVersion) {
        // most upgrades need nothing
    }
}
