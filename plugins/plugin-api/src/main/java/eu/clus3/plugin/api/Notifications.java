package eu.clus3.plugin.api;

/** In-app notifications a module sends to people (shown in their notification list, in digests). */
public interface Notifications {

    /**
     * Notifies one person.
     *
     * @param userId  who
     * @param message what happened, already in the language the person reads (see {@link ModuleContext#message})
     * @param link    a platform-relative address that opens the subject, or {@code null}
     */
    void notify(long userId, String message, String link);
}
