package eu.clus3.plugin.api;

/**
 * A document the store refuses: a blank or over-long key, content that is not a JSON object or array or
 * is too large, an unknown cluster, a malformed collection name. REST endpoints that let it through
 * answer 400 Bad Request with its message.
 */
public class InvalidDocumentException extends IllegalArgumentException {

    public InvalidDocumentException(String message) {
        super(message);
    }
}
