package eu.clus3.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * Documents of one collection, each a JSON object or array (at most 256 KiB) under a key of its own
 * choosing (at most 200 characters), optionally owned by a cluster organisation. Every write is
 * checked against the version the caller read (optimistic locking) and kept in the revision history.
 *
 * <p>Invalid input (a blank key, text that is not JSON, an unknown cluster) raises
 * {@link InvalidDocumentException}; a stale version raises {@link StaleDocumentException}.
 */
public interface DocumentCollection {

    /** The document now, or empty when there is none under this key. */
    Optional<StoredDocument> get(String key);

    /** Creates a document; a key already in use raises {@link StaleDocumentException}. */
    StoredDocument create(String key, Long clusterId, String json);

    /** Replaces the content of the document last read at {@code expectedVersion}. */
    StoredDocument update(String key, long expectedVersion, String json);

    /** Deletes the document last read at {@code expectedVersion}; its history is kept. */
    void delete(String key, long expectedVersion);

    /** The documents matching the query, in the order it asks for. */
    List<StoredDocument> find(DocumentQuery query);

    /** How many documents match the query (its limit and offset aside). */
    long count(DocumentQuery query);

    /** Every version the document had, oldest first, including its deletion. */
    List<DocumentRevision> history(String key);

    /**
     * Declares the fields of this collection's documents that queries select and sort by ({@link DocumentQuery#where},
     * {@link DocumentQuery#orderBy}); call it when the module starts, before using them. The platform indexes every
     * document written from then on, and the documents already stored when a field is declared for the first time.
     * Declaring the same fields again costs nothing; a field used in a query but not declared is refused.
     *
     * @return this collection
     * @since 1.4.0
     */
    default DocumentCollection index(DocumentField... fields) {
        throw new UnsupportedOperationException("Indexed document fields need plugin API 1.4.0 or later");
    }
}
