package eu.clus3.plugin.api;

/**
 * A write based on a version that is no longer current (someone else changed the document), or a
 * create under a key already in use. The caller reloads and decides; REST endpoints that let it
 * through answer 409 Conflict.
 */
public class StaleDocumentException extends RuntimeException {

    private final long currentVersion;

    public StaleDocumentException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    /** The version the document has now ({@code 0} when it does not exist). */
    public long currentVersion() {
        return currentVersion;
    }
}
