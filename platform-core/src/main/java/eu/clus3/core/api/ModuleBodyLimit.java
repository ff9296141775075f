package eu.clus3.core.api;

/**
 * The largest request body a module's endpoint may receive (its file uploads), given to the request filter by the
 * module host: so the API layer needs nothing of the modules package.
 */
@FunctionalInterface
public interface ModuleBodyLimit {

    /** The most bytes of a module's largest file. */
    long fileMaxBytes();
}
