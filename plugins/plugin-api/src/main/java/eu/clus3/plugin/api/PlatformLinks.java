package eu.clus3.plugin.api;

/** Platform-relative addresses (no leading '/') of the platform's pages, for links from module views and messages. */
public interface PlatformLinks {

    /** A cluster organisation's profile page. */
    String cluster(ClusterRef cluster);

    /** A view of this module: {@code modules/<moduleId>/<path>}. */
    String moduleView(String path);

    /**
     * The forum discussion about one of this module's subjects (e.g. an indicator of a benchmark): the
     * forum opens the existing discussion, or offers to start one titled {@code title}.
     *
     * @param subjectKey the subject's key within the module: letters, digits and {@code . _ : -}, so that
     *                   {@code module:<moduleId>:<subjectKey>} fits in 100 characters (otherwise
     *                   {@link IllegalArgumentException}); the forum finds the discussion by it
     * @param title      the title of a new discussion
     */
    String discussionAbout(String subjectKey, String title);
}
