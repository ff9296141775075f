package eu.clus3.plugin.api;

import org.pf4j.Plugin;

/**
 * The optional main class of a module ({@code Plugin-Class} in its descriptor), for a module that must
 * act when it starts or stops (warm a cache, subscribe to something outside the platform). Most
 * modules need none: their extensions are found and created by the platform.
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
    protected ModuleContext context() {
        return context;
    }
}
