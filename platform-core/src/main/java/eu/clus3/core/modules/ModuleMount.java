package eu.clus3.core.modules;

/**
 * Something of the platform that mounts modules' contributions (the UI's routes, the search index) and
 * must let go of them when a module stops. Called by the host, in order, under its lock; an exception
 * from {@link #started} marks the module failed.
 */
public interface ModuleMount {

    void started(RunningModule module);

    /** Called before the module stops: drop every reference to its classes and objects. */
    void stopping(RunningModule module);
}
