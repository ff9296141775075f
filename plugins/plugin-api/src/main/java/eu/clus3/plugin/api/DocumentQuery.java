package eu.clus3.plugin.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which documents of a collection to list: all of them, or those of one cluster, with keys starting
 * with a prefix, or changed since an instant, or (since 1.4.0) whose declared fields match conditions; in key order,
 * newest change first, or by a declared field; a page of them.
 * Built fluently: {@code DocumentQuery.all().ofCluster(7).newestChangeFirst().limit(20)}, or
 * {@code DocumentQuery.all().where("status", "OPEN").whereBetween("startsAt", now, nextMonth).orderBy("startsAt")}.
 *
 * @param clusterId    only documents owned by this cluster, or {@code null} for any
 * @param keyPrefix    only keys starting with this, or {@code null}
 * @param changedSince only documents changed at or after this instant, or {@code null}
 * @param newestFirst  order by last change, newest first, instead of by key
 * @param offset       how many matching documents to skip
 * @param limit        how many to return at most (1 to 500)
 * @param conditions   conditions on declared fields, all of which must hold (since 1.4.0)
 * @param orderField   a declared field to order by before the key, or {@code null} (since 1.4.0)
 * @param descending   whether {@code orderField} orders from the highest value down (since 1.4.0)
 */
public record DocumentQuery(Long clusterId, String keyPrefix, Instant changedSince, boolean newestFirst,
                            int offset, int limit, List<Condition> conditions, String orderField, boolean descending) {

    public static final int MAX_LIMIT = 500;

    /**
     * One condition on a declared field: equal to a value, or within {@code [from, before)} (either end may be open).
     *
     * @since 1.4.0
     */
    public record Condition(String field, Object equalTo, Object from, Object before) {
        public Condition {
            Objects.requireNonNull(field, "field");
            if (equalTo == null && from == null && before == null) {
                throw new IllegalArgumentException("A condition on '" + field + "' needs a value or a range");
            }
            for (Object v : new Object[]{equalTo, from, before}) {
                if (v != null && !(v instanceof String || v instanceof Number || v instanceof Instant || v instanceof Enum<?>
                        || v instanceof Boolean)) {
                    throw new IllegalArgumentException("Compare '" + field + "' with text, a number, an instant or an"
                            + " enum, not " + v.getClass().getSimpleName());
                }
            }
        }
    }

    public DocumentQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        if (orderField != null && newestFirst) {
            throw new IllegalArgumentException("Order by a field or by the newest change, not both");
        }
    }

    /** The query of plugin API 1.3, without conditions on fields. */
    public DocumentQuery(Long clusterId, String keyPrefix, Instant changedSince, boolean newestFirst, int offset, int limit) {
        this(clusterId, keyPrefix, changedSince, newestFirst, offset, limit, List.of(), null, false);
    }

    /** Every document, by key, the first 100. */
    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, false, 0, 100);
    }

    /**
     * Only documents whose declared field equals the value (text, number, instant; an enum by its name).
     *
     * @since 1.4.0
     */
    public DocumentQuery where(String field, Object value) {
        return with(new Condition(field, Objects.requireNonNull(value, "value"), null, null));
    }

    /**
     * Only documents whose declared field is at or after {@code from} and before {@code before}; {@code null} leaves
     * that end open.
     *
     * @since 1.4.0
     */
    public DocumentQuery whereBetween(String field, Object from, Object before) {
        return with(new Condition(field, null, from, before));
    }

    /**
     * In the order of a declared field's values, lowest first (documents without a value last), then by key.
     *
     * @since 1.4.0
     */
    public DocumentQuery orderBy(String field) {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, false, offset, limit, conditions,
                Objects.requireNonNull(field, "field"), false);
    }

    /**
     * In the order of a declared field's values, highest first (documents without a value last), then by key.
     *
     * @since 1.4.0
     */
    public DocumentQuery orderByDescending(String field) {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, false, offset, limit, conditions,
                Objects.requireNonNull(field, "field"), true);
    }

    private DocumentQuery with(Condition condition) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(condition);
        return new DocumentQuery(clusterId, keyPrefix, changedSince, newestFirst, offset, limit, all, orderField, descending);
    }

    public DocumentQuery ofCluster(long cluster) {
        return new DocumentQuery(cluster, keyPrefix, changedSince, newestFirst, offset, limit, conditions, orderField, descending);
    }

    public DocumentQuery keyStartingWith(String prefix) {
        return new DocumentQuery(clusterId, prefix, changedSince, newestFirst, offset, limit, conditions, orderField, descending);
    }

    public DocumentQuery changedSince(Instant since) {
        return new DocumentQuery(clusterId, keyPrefix, since, newestFirst, offset, limit, conditions, orderField, descending);
    }

    public DocumentQuery newestChangeFirst() {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, true, offset, limit, conditions, null, false);
    }

    public DocumentQuery offset(int skip) {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, newestFirst, skip, limit, conditions, orderField, descending);
    }

    public DocumentQuery limit(int max) {
        return new DocumentQuery(clusterId, keyPrefix, changedSince, newestFirst, offset, max, conditions, orderField, descending);
    }
}
