package eu.clus3.plugin.api;

import java.time.Instant;

/**
 * Which documents of a collection to list: all of them, or those of one cluster, with keys starting
 * with a prefix, or changed since an instant; in key order or newest change first; a page of them.
 * Built fluently: {@code DocumentQuery.all().ofCluster(7).newestChangeFirst().limit(20)}.
 *
 * @param clusterId    only documents owned by this cluster, or {@code null} for any
 * @param keyPrefix    only keys starting with this, or {@code null}
 * @param changedSince only documents changed at or after this instant, or {@code null}
 * @param newestFirst  order by last change, newest first, instead of by key
 * @param offset       how many matching documents to skip
 * @param limit        how many to return at most (1 to 500)
 */
public record DocumentQuery(Long clusterId, String keyPrefix, Instant changedSince, boolean newestFirst,
                            int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public DocumentQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Every document, by key, the first 100. */
    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, false, 0, 100);
    }

    public DocumentQuery ofCluster(long cluster) {
        return new DocumentQuery(cluster, keyPrefix, changedSince, newestFirst, offset, limit);
    }

    public DocumentQuery keyStartingWith(String prefix) {
        return new DocumentQuery(clusterId, prefix, changedSince, newestFirst, offset, limit);
    }

    public DocumentQuery changedSince(Instant since) {
        return new DocumentQuery(clusterId, keyPrefix, since, newestFirst, offset, limit);
    }

    public DocumentQuery newestChangeFirst() {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, true, offset, limit);
    }

    public DocumentQuery offset(int skip) {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, newestFirst, skip, limit);
    }

    public DocumentQuery limit(int max) {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, newestFirst, offset, max);
    }
}
