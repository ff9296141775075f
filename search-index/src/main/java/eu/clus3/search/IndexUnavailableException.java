package eu.clus3.search;

/**
 * The index cannot do what was asked: it is closed, or its directory failed (deleted, corrupt, disk
 * full). Never caused by what a user typed. The caller's remedy is to reopen or rebuild the index.
 */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
